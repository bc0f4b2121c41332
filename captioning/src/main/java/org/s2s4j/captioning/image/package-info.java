/**
 * Image input for CNNs, in plain Java: decoding to RGB, Pillow's exact BILINEAR resize and
 * per-channel normalisation ({@link org.s2s4j.captioning.image.ImagePreprocessor}).
 */
package org.s2s4j.captioning.image;
