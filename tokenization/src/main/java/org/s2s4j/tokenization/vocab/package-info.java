/** Token vocabularies: ids for tokens, with the special tokens {@code <pad> <unk> <s> </s>}. */
package org.s2s4j.tokenization.vocab;
