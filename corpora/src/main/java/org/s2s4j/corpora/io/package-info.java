/** File I/O shared by readers and writers: strict UTF-8 lines, atomic outputs, closeable streams. */
package org.s2s4j.corpora.io;
