-- Shared by every scenario: the summary wrk prints last, as one JSON line the harness reads.
function report(summary, latency)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                  + summary.errors.status + summary.errors.timeout
   local p = {}
   for _, q in ipairs({50, 75, 90, 99, 99.9}) do
      p[#p + 1] = string.format('"%s":%d', tostring(q), latency:percentile(q))
   end
   io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"errors":%d,"rps":%.1f,"percentiles_us":{%s}}\n',
      summary.requests, summary.duration, errors, summary.requests / (summary.duration / 1e6), table.concat(p, ",")))
end
