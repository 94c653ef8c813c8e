-- wrk script for whole-table downloads: reports p95 of the full transfer.
done = function(summary, latency, requests)
  io.write(string.format("downloads %d, errors %d, bytes %d, p50 %.0f ms, p95 %.0f ms, max %.0f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.bytes, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000))
end
