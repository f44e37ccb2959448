package org.ruralaccess.bench.build;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.store.NetworkStore;

/**
 * End-to-end build benchmark: wall time and peak heap of building (and writing) a region's network,
 * one warm-up and three measured runs in one JVM. A one-shot job like a build is measured whole
 * rather than with JMH's steady-state modes. Run with {@code benchmarks/build-benchmark}.
 */
public final class BuildBenchmark {

  private BuildBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path region = Path.of(args.length > 0 ? args[0] : "regions/poa");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    RegionConfig config = RegionConfigReader.read(region);
    Path out = Files.createTempFile("rae-bench", ".rae");
    System.out.printf(
        "region %s, %d cores, max heap %d MB%n",
        config.name(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    for (int run = 0; run <= runs; run++) {
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      NetworkBuilder.Result result = new NetworkBuilder(line -> {}).build(config);
      NetworkStore.write(result.network(), out);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%s: build + write %.2f s, peak heap %d MB, network file %d KB%n",
          run == 0 ? "warm-up" : "run " + run,
          seconds,
          peakHeapBytes() >> 20,
          Files.size(out) >> 10);
    }
    Files.deleteIfExists(out);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
