/** File I/O shared by readers and writers: atomic outputs. */
package org.s2s4j.corpora.io;
