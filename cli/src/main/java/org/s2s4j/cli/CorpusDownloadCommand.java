package org.s2s4j.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.corpora.download.ChecksumManifest;
import org.s2s4j.corpora.download.Multi30kDataset;
import org.s2s4j.corpora.download.VerifiedDownloader;
import org.s2s4j.corpora.download.VerifiedDownloader.FileResult;
import org.s2s4j.corpora.download.VerifiedDownloader.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s corpus download}: fetch a public dataset, verified and cached. */
@Command(
    name = "download",
    mixinStandardHelpOptions = true,
    description = {
        "Download a dataset, verified and cached.",
        "",
        "Downloads into --dest, checking every file's SHA-256 against the checksums",
        "shipped with s2s4j. Files already there with the right checksum are kept; others are",
        "fetched to a temporary file and moved into place only once verified.",
        "multi30k: Multi30k task 1, raw (task1/raw/*.gz) and tokenized (task1/tok/*), en/de/fr,",
        "from github.com/multi30k/dataset at commit " + Multi30kDataset.COMMIT + "."},
    footer = {"", "Examples:",
        "  s2s corpus download multi30k --dest data/multi30k",
        "  s2s corpus download multi30k --dest data/multi30k --base-url http://mirror.example/data/"})
final class CorpusDownloadCommand implements Callable<Integer> {

  /** Datasets that can be downloaded. */
  enum Dataset { multi30k }

  /** One file in the JSON output, written in field order. */
  private record FileJson(String path, String status, long bytes) {}

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET",
      description = "Dataset to fetch: ${COMPLETION-CANDIDATES}.")
  Dataset dataset;

  @Option(names = "--dest", paramLabel = "DIR", required = true,
      description = "Folder to download into (files keep their paths below it).")
  Path dest;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Where the dataset's files are (default: the pinned public repository, "
          + "https://raw.githubusercontent.com/multi30k/dataset/COMMIT/data/).")
  URI baseUrl = Multi30kDataset.DEFAULT_BASE_URL;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    ChecksumManifest manifest = Multi30kDataset.task1();
    List<FileResult> results;
    try (ProgressBar bar = CorpusCommand.progress(dataset.name(), "files",
        manifest.entries().size())) {
      results = new VerifiedDownloader().download(baseUrl, manifest, dest, r -> {
        bar.step();
        bar.setExtraMessage(r.path());
      });
    }
    long downloaded = results.stream().filter(r -> r.status() == Status.DOWNLOADED).count();
    long bytes = results.stream().mapToLong(FileResult::bytes).sum();
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("dataset", dataset.name());
      json.put("dest", dest.toString());
      json.put("baseUrl", baseUrl.toString());
      json.put("downloaded", downloaded);
      json.put("cached", results.size() - downloaded);
      json.put("bytes", bytes);
      json.put("files", results.stream().map(r -> new FileJson(r.path(),
          r.status().name().toLowerCase(Locale.ROOT), r.bytes())).toList());
      CorpusCommand.printJson(spec, json);
    } else {
      var out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %d files (%.1f MB) in %s: %d downloaded, %d already there "
              + "with the right SHA-256%n", dataset, results.size(), bytes / 1e6, dest, downloaded,
          results.size() - downloaded);
      out.flush();
    }
    return 0;
  }
}
