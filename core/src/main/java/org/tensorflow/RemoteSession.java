package org.tensorflow;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetConfig;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetTarget;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.proto.ConfigProto;

/**
 * A session on a target such as {@code grpc://host:port}. TensorFlow Java 1.1.0 has no public
 * session constructor that takes a target (its sessions never call {@code TF_SetTarget}), so this
 * class lives in TensorFlow's package to reach the graph's native handle and the session
 * constructor that wraps a native session. That works on the class path, which is how ganlab runs;
 * on the module path the package would be split.
 */
public final class RemoteSession {
  private RemoteSession() {}

  /**
   * {@return a session on {@code graph} that runs through the server at {@code target}}
   *
   * @param graph the graph to run
   * @param target the server, e.g. {@code grpc://127.0.0.1:2222}
   * @param config the session's settings
   */
  public static Session open(Graph graph, String target, ConfigProto config) {
    try (PointerScope scope = new PointerScope();
        Graph.Reference ref = graph.ref()) {
      TF_Status status = TF_Status.newStatus();
      TF_SessionOptions options = TF_SessionOptions.newSessionOptions();
      TF_SetTarget(options, target);
      byte[] bytes = config.toByteArray();
      TF_SetConfig(options, new BytePointer(bytes), bytes.length, status);
      status.throwExceptionIfNotOK();
      TF_Session session = TF_Session.newSession(ref.nativeHandle(), options, status);
      status.throwExceptionIfNotOK();
      // Outlive the pointer scope: the Session deletes it on close.
      session.retainReference();
      return new Session(graph, session);
    }
  }
}
