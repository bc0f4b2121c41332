/**
 * Streaming readers of image caption datasets: COCO caption annotations and the Karpathy split
 * files used for COCO, Flickr8k and Flickr30k, both yielding {@link org.s2s4j.corpora.captions.Caption}s.
 */
package org.s2s4j.corpora.captions;
