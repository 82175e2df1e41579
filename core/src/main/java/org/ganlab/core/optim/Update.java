package org.ganlab.core.optim;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;

/**
 * The ops of one optimizer update.
 *
 * @param op runs the whole update (all variables and slots)
 * @param gradientNorm the global L2 norm of the gradients, a cheap signal of vanishing or exploding
 *     gradients that the trainer records every step
 */
public record Update(Op op, Operand<TFloat32> gradientNorm) {}
