/**
 * Synchronous data parallelism: a batch split into shards whose gradients are averaged before one
 * update. {@link org.ganlab.core.parallel.GradientReduction} says which shards a graph holds and
 * how their values are averaged: {@link org.ganlab.core.parallel.LocalShards} holds every shard in
 * one graph (the {@code grad_shards} key), {@link org.ganlab.core.parallel.CollectiveShards} one
 * shard per worker process, averaged by TensorFlow's collective all-reduce over its gRPC runtime
 * ({@link org.ganlab.core.parallel.WorkerCluster}).
 */
package org.ganlab.core.parallel;
