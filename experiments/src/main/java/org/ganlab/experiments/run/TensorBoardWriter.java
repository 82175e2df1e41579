package org.ganlab.experiments.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.image.ImageGrid;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * Writes TensorBoard event files with TensorFlow's own summary ops ({@code
 * CreateSummaryFileWriter}, {@code WriteScalarSummary}, {@code WriteImageSummary}), so framing,
 * CRCs and protos are TensorFlow's. Runs in its own small graph; scalar-write ops are created for
 * each tag the first time it is written, and all scalars of a step go in one session run.
 *
 * <p>The writes run on a thread of their own, so a training step does not wait for a session run of
 * summaries: each call queues its write (values copied) and returns; the queue holds at most
 * {@value #QUEUE} writes, beyond which a call waits. A failed write is thrown by the next call or
 * by {@link #close()}, which writes everything queued first. metrics.csv, not the event file, is
 * the run's record of every step, and it is written on the training thread. Call it from one
 * thread.
 */
public final class TensorBoardWriter implements AutoCloseable {
  private final Graph graph = new Graph();
  private final Session session;
  private final Ops tf;
  private final Operand<?> writer;
  private final Placeholder<TInt64> step;
  private final Placeholder<TFloat32> values;
  private final Placeholder<TString> imageTag;
  private final Placeholder<TUint8> image;
  private final Op writeImage;
  private final Op writeHistogram;
  private final Op flush;
  private final Op closeOp;
  private final Map<String, Op> scalarOps = new LinkedHashMap<>();

  /** Writes queued at most before a call waits. */
  static final int QUEUE = 1024;

  private static final Runnable STOP = () -> {};
  private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile RuntimeException failure;

  /** Opens a writer whose event files go to {@code logdir} (created if needed). */
  public TensorBoardWriter(Path logdir) {
    tf = Ops.create(graph);
    writer = tf.summary.summaryWriter();
    step = tf.withName("step").placeholder(TInt64.class, Placeholder.shape(Shape.scalar()));
    values = tf.withName("values").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
    imageTag = tf.withName("image_tag").placeholder(TString.class);
    image =
        tf.withName("image").placeholder(TUint8.class, Placeholder.shape(Shape.of(1, -1, -1, -1)));
    writeImage =
        tf.summary.writeImageSummary(
            writer, step, imageTag, image, tf.constant(new byte[] {(byte) 255, 0, 0, (byte) 255}));
    // The tag placeholder is shared with images: each run feeds the one op it targets.
    writeHistogram = tf.summary.writeHistogramSummary(writer, step, imageTag, values);
    flush = tf.summary.flushSummaryWriter(writer);
    closeOp = tf.summary.closeSummaryWriter(writer);
    Op create =
        tf.summary.createSummaryFileWriter(
            writer,
            tf.constant(logdir.toString()),
            tf.constant(100),
            tf.constant(10_000),
            tf.constant(".ganlab"));
    session = new Session(graph);
    session.run(create);
    thread = new Thread(this::drain, "tensorboard-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** The writer thread: runs queued writes in order until {@link #STOP}. */
  private void drain() {
    while (true) {
      Runnable r;
      try {
        r = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (r == STOP) {
        return;
      }
      if (failure == null) {
        try {
          r.run();
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    }
  }

  private void submit(Runnable write) {
    if (failure != null) {
      throw new IllegalStateException(
          "a TensorBoard write failed: " + failure.getMessage(), failure);
    }
    try {
      queue.put(write);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing a TensorBoard write", e);
    }
  }

  /** Writes scalars (tag -> value) at {@code globalStep}. */
  public void scalars(long globalStep, Map<String, Float> scalars) {
    Map<String, Float> copy = new LinkedHashMap<>(scalars);
    submit(() -> writeScalars(globalStep, copy));
  }

  private void writeScalars(long globalStep, Map<String, Float> scalars) {
    float[] v = new float[scalars.size()];
    Session.Runner r = session.runner();
    int i = 0;
    for (Map.Entry<String, Float> e : scalars.entrySet()) {
      r.addTarget(scalarOp(e.getKey(), i));
      v[i++] = e.getValue();
    }
    try (TInt64 s = TInt64.scalarOf(globalStep);
        TFloat32 vals = TFloat32.vectorOf(v)) {
      r.feed(step, s).feed(values, vals).run();
    }
  }

  // The op for a tag reads values[index]; callers pass tags in a stable order per run.
  private Op scalarOp(String tag, int index) {
    String key = tag + "#" + index;
    return scalarOps.computeIfAbsent(
        key,
        k -> {
          Operand<TFloat32> value =
              tf.reshape(
                  tf.slice(values, tf.constant(new int[] {index}), tf.constant(new int[] {1})),
                  tf.constant(new int[0]));
          return tf.summary.writeScalarSummary(writer, step, tf.constant(tag), value);
        });
  }

  /** Writes a histogram of {@code data} (e.g. D's outputs on a batch) at {@code globalStep}. */
  public void histogram(long globalStep, String tag, float[] data) {
    float[] copy = data.clone();
    submit(() -> writeHistogram(globalStep, tag, copy));
  }

  private void writeHistogram(long globalStep, String tag, float[] data) {
    try (TInt64 s = TInt64.scalarOf(globalStep);
        TString t = TString.scalarOf(tag);
        TFloat32 v = TFloat32.vectorOf(data)) {
      session
          .runner()
          .feed(step, s)
          .feed(imageTag, t)
          .feed(values, v)
          .addTarget(writeHistogram)
          .run();
    }
  }

  /** Writes a uint8 HWC image (e.g. a sample grid) at {@code globalStep}. */
  public void image(long globalStep, String tag, ImageGrid.Tiled grid) {
    submit(() -> writeImage(globalStep, tag, grid));
  }

  private void writeImage(long globalStep, String tag, ImageGrid.Tiled grid) {
    try (TInt64 s = TInt64.scalarOf(globalStep);
        TString t = TString.scalarOf(tag);
        TUint8 img =
            TUint8.tensorOf(
                Shape.of(1, grid.height(), grid.width(), grid.channels()),
                DataBuffers.of(grid.pixels(), true, false))) {
      session.runner().feed(step, s).feed(imageTag, t).feed(image, img).addTarget(writeImage).run();
    }
  }

  /** Flushes pending events to disk, after every write queued before it. */
  public void flush() {
    CountDownLatch done = new CountDownLatch(1);
    submit(
        () -> {
          try {
            session.run(flush);
          } finally {
            done.countDown();
          }
        });
    await(done);
    if (failure != null) {
      throw new IllegalStateException(
          "a TensorBoard write failed: " + failure.getMessage(), failure);
    }
  }

  private void await(CountDownLatch latch) {
    try {
      while (!latch.await(100, TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes everything queued, closes the event file, then frees the graph. */
  @Override
  public void close() {
    try {
      queue.put(STOP);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      session.run(closeOp);
    } finally {
      session.close();
      graph.close();
    }
    if (failure != null) {
      throw new IllegalStateException(
          "a TensorBoard write failed: " + failure.getMessage(), failure);
    }
  }
}
