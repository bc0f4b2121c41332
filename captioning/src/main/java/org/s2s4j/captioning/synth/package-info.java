/**
 * Synthetic image captioning data, in plain Java: seeded pictures of coloured shapes with true,
 * varied English captions ({@link org.s2s4j.captioning.synth.SyntheticCaptions}), written in COCO
 * and Karpathy formats, byte-identical for a seed on every machine.
 */
package org.s2s4j.captioning.synth;
