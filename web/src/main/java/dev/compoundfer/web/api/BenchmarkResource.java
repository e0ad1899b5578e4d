package dev.compoundfer.web.api;

import dev.compoundfer.ejb.inference.BenchmarkFigures;
import dev.compoundfer.ejb.inference.InferenceBenchmark;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The server-side half of the inference benchmark program (docs/benchmarks.md): bare predictor and local view
 * measured inside the server, batching switched on and off, and the server's memory.
 */
@Path("v1/benchmarks/inference")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "benchmark", description = "Measurement support for the inference benchmark program (administrators)")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {
  @EJB private InferenceBenchmark benchmark;

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Measure the bare predictor or the local view with concurrent callers on the posted image")
  public BenchmarkFigures run(@QueryParam("path") @DefaultValue("local") String path,
      @QueryParam("callers") @DefaultValue("1") int callers, @QueryParam("seconds") @DefaultValue("5") int seconds,
      InputStream body) throws IOException {
    return benchmark.run(path, callers, seconds, UploadLimits.read(body));
  }

  @POST
  @Path("batching")
  @Operation(summary = "Serve the active version with this micro-batching (maxBatch 1 = off) until the next activation")
  public Map<String, Integer> batching(@QueryParam("maxBatch") @DefaultValue("16") int maxBatch,
      @QueryParam("maxWaitMs") @DefaultValue("2") int maxWaitMs) {
    benchmark.serveWithBatching(maxBatch, maxWaitMs);
    return Map.of("maxBatch", maxBatch, "maxWaitMs", maxWaitMs);
  }

  @GET
  @Path("memory")
  @Operation(summary = "The server's memory in bytes: resident set (native tensors included), heap committed, and"
      + " heap in use after the last collection (what a leak would grow); gc=true runs a full collection first,"
      + " so that samples taken over a long run compare like with like")
  public Map<String, Long> memory(@QueryParam("gc") boolean gc) throws IOException {
    if (gc) {
      ManagementFactory.getMemoryMXBean().gc();
    }
    long rss = Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
        .findFirst().orElse(-1);
    long afterGc = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
        .sum();
    long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    return Map.of("rssBytes", rss, "heapCommittedBytes", committed, "heapAfterGcBytes", afterGc,
        "nativeBytes", rss - committed);
  }
}
