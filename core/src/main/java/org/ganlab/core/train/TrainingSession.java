package org.ganlab.core.train;

import org.tensorflow.Graph;
import org.tensorflow.Server;
import org.tensorflow.Session;
import org.tensorflow.proto.ConfigProto;

/**
 * The session a {@link GanTrainer} runs its graph in: a local one, or, when the configuration names
 * a cluster, one on this worker's gRPC server (started here and held with the session).
 *
 * @param session the session on the trainer's graph
 * @param server this worker's server, or null for a local session; TensorFlow cannot stop one, so
 *     it is held for the life of the process
 */
record TrainingSession(Session session, Server server) {

  /** Refuses a precision the CPU cannot run, then opens the session {@code config} asks for. */
  static TrainingSession open(Graph graph, TrainerConfig config) {
    config.session().precision().checkSupported();
    ConfigProto proto = config.sessionConfig();
    if (config.cluster() == null) {
      return new TrainingSession(new Session(graph, proto), null);
    }
    Server server = config.cluster().startServer(proto);
    return new TrainingSession(config.cluster().open(graph, proto), server);
  }
}
