/**
 * File helpers the library's writers share: {@link org.ganlab.core.io.AtomicFiles} (write to a
 * temporary sibling, then rename) and {@link org.ganlab.core.io.CsvLog} (an append-only CSV that a
 * resumed run cuts back to its checkpoint's step).
 */
package org.ganlab.core.io;
