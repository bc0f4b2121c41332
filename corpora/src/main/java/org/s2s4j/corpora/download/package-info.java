/**
 * Checksum-verified, cached dataset downloads: a {@link org.s2s4j.corpora.download.ChecksumManifest}
 * lists files and their SHA-256, a {@link org.s2s4j.corpora.download.VerifiedDownloader} fetches
 * the missing ones, and {@link org.s2s4j.corpora.download.Multi30kDataset} pins Multi30k task 1.
 */
package org.s2s4j.corpora.download;
