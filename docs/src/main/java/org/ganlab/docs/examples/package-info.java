/**
 * The user guide's code examples ({@code docs/guide/}). Every Java block of the guide is a region
 * of one of these files between {@code // [START name]} and {@code // [END name]}; the docs
 * module's tests run each example for a few steps and check that the guide still shows the code
 * byte for byte, so the guide cannot drift from code that compiles and works.
 */
package org.ganlab.docs.examples;
