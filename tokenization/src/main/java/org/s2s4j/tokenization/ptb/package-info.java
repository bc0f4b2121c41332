/** Stanford CoreNLP's Penn Treebank tokenizer, as the COCO caption evaluation runs it. */
package org.s2s4j.tokenization.ptb;
