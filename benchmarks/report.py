"""Writes benchmarks/RESULTS.md from the JMH passes, the process-level measurements and the machine
facts run.sh collected. Called as: harness.py report OUT.md WORKDIR"""
import glob, json, os, statistics

MiB = 1024 * 1024
PKG = "dev.loginkit.benchmarks."


def load_jmh(files):
    """{(class, params-tuple): {method: [(score, unit, alloc), ...one per pass]}}"""
    data = {}
    for path in files:
        with open(path) as f:
            for e in json.load(f):
                cls, method = e["benchmark"][len(PKG):].rsplit(".", 1)
                cls = cls.rsplit(".", 1)[-1]
                params = tuple(sorted((e.get("params") or {}).items()))
                alloc = None
                for k, v in e.get("secondaryMetrics", {}).items():
                    if k.endswith("gc.alloc.rate.norm"):
                        alloc = v["score"]
                pm = e["primaryMetric"]
                data.setdefault((cls, params), {}).setdefault(method, []).append((pm["score"], pm["scoreUnit"], alloc))
    return data


INTERLEAVED = {}


def load_interleaved(path):
    """{(group, case): {contender: [ns/op per round]}}"""
    if os.path.exists(path):
        with open(path) as f:
            for r in json.load(f):
                INTERLEAVED[(r["group"], r["case"])] = r["rounds"]


GROUPS = {"JsonDecodeBenchmark": "json", "XmlDecodeBenchmark": "xml", "LoopbackBenchmark": "loopback",
          "SoapLoopbackBenchmark": "soap"}


def interleaved_case(key):
    cls, params = key
    group = GROUPS.get(cls)
    if group is None:
        return None
    case = {"json": lambda p: p["payload"], "xml": lambda p: p["payload"],
            "loopback": lambda p: "%s,%s" % (p["encoding"], p["transport"]), "soap": lambda p: "login"}[group](dict(params))
    return INTERLEAVED.get((group, case))


def time_ratios(key, m, a, b):
    """Per-round a/b time ratios from the interleaved run when there is one, else per JMH pass."""
    rounds = interleaved_case(key)
    if rounds and a in rounds and b in rounds:
        return [x / y for x, y in zip(rounds[a], rounds[b])]
    return per_pass(m.get(a, []), m.get(b, []), 0)


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_ratio(values):
    """median [min–max] of per-pass ratios."""
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    m = statistics.median(values)
    if len(values) == 1:
        return "%.2f" % m
    if len(values) >= 5:
        q = statistics.quantiles(values, n=4)
        return "%.2f [%.2f–%.2f]" % (m, q[0], q[2])
    return "%.2f [%.2f–%.2f]" % (m, min(values), max(values))


def per_pass(a, b, index, invert=False):
    """Ratios a/b per pass (index 0 = time, 2 = bytes); b/a when invert."""
    out = []
    for x, y in zip(a, b):
        p, q = x[index], y[index]
        if p is None or q is None or p == 0 or q == 0:
            continue
        out.append(q / p if invert else p / q)
    return out


def fmt_num(v, unit):
    if v is None:
        return "n/a"
    if unit == "B":
        return "%.0f B" % v
    return ("%.0f" if v >= 100 else "%.2f") % v + " " + unit


def params_label(params):
    return ", ".join(v for _, v in params) if params else "—"


class Report:
    def __init__(self):
        self.lines = []
        self.targets = []  # (benchmark, target, measured, verdict)

    def add(self, *lines):
        self.lines.extend(lines)

    def target(self, bench, target, measured_values, ok):
        m = statistics.median(measured_values) if measured_values else None
        verdict = "n/a" if m is None else ("**met**" if ok(m) else "**missed**")
        self.targets.append((bench, target, fmt_ratio(measured_values), verdict))
        return verdict


def jmh_section(r, data, cls, title, peers, order, unit_label, targets):
    rows = [k for k in data if k[0] == cls]
    if not rows:
        r.add("## " + title, "", "_Not measured in this run._", "")
        return
    rows.sort(key=lambda k: [order.index(v) if v in order else 99 for _, v in k[1]])
    contenders = ["loginkit", "floor"] + peers
    r.add("## " + title, "")
    header = "| case | " + " | ".join(contenders) + " |"
    r.add("Median of the passes, time and bytes allocated per operation (`-prof gc`):", "", header,
          "|" + "---|" * (len(contenders) + 1))
    for key in rows:
        m = data[key]
        cells = []
        for c in contenders:
            if c not in m:
                cells.append("n/a")
                continue
            unit = m[c][0][1].replace("/op", "")
            cells.append("%s, %s" % (fmt_num(med([x[0] for x in m[c]]), unit), fmt_num(med([x[2] for x in m[c]]), "B")))
        r.add("| %s | %s |" % (params_label(key[1]), " | ".join(cells)))
    r.add("", "Ratios. Time ratios are the median [interquartile range] of the per-round ratios of the "
          "interleaved run (contenders alternating in short slices in one JVM per case; see README) when "
          "there is one, else median [min–max] over the JMH passes; byte ratios are median [min–max] over "
          "the JMH passes. *time ÷ floor* and *bytes ÷ floor* are LoginKit's; *peer ÷ LoginKit time* above 1 "
          "means LoginKit is faster; *bytes ÷ peer* below 1 means LoginKit allocates less:", "")
    cols = ["time ÷ floor", "bytes ÷ floor"]
    for p in peers:
        cols += ["%s ÷ LoginKit time" % p, "bytes ÷ %s" % p]
    r.add("| case | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1))
    for key in rows:
        m = data[key]
        lk = m.get("loginkit", [])
        cells = [fmt_ratio(time_ratios(key, m, "loginkit", "floor")), fmt_ratio(per_pass(lk, m.get("floor", []), 2))]
        for p in peers:
            cells += [fmt_ratio(time_ratios(key, m, p, "loginkit")), fmt_ratio(per_pass(lk, m.get(p, []), 2))]
        r.add("| %s | %s |" % (params_label(key[1]), " | ".join(cells)))
        for t in targets:
            t(r, key, m, lk)
    r.add("")


def plain_section(r, data, cls, title, text):
    rows = [k for k in data if k[0] == cls]
    if not rows:
        return
    r.add("## " + title, "", text, "", "| piece | time | bytes |", "|---|---|---|")
    for key in rows:
        for method, runs in sorted(data[key].items()):
            unit = runs[0][1].replace("/op", "")
            r.add("| %s | %s | %s |" % (method, fmt_num(med([x[0] for x in runs]), unit), fmt_num(med([x[2] for x in runs]), "B")))
    r.add("")


def main(argv):
    out_md, work = argv[0], argv[1]
    with open(os.path.join(work, "meta.json")) as f:
        meta = json.load(f)
    jmh_files = sorted(glob.glob(os.path.join(work, "jmh-pass-*.json")))
    data = load_jmh(jmh_files)
    load_interleaved(os.path.join(work, "interleaved.json"))
    r = Report()

    def tgt(bench, label, cond_values, ok):
        return r.target(bench, label, cond_values, ok)

    # ---- 1. JSON decode
    def json_targets(r, key, m, lk):
        case = params_label(key[1])
        tgt("1 decode JSON (%s)" % case, "time ≤ 1.05× floor", time_ratios(key, m, "loginkit", "floor"), lambda v: v <= 1.05)
        tgt("1 decode JSON (%s)" % case, "bytes ≤ 1.05× floor", per_pass(lk, m.get("floor", []), 2), lambda v: v <= 1.05)
        tgt("1 decode JSON (%s)" % case, "≥ 1.1× faster than databind", time_ratios(key, m, "databind", "loginkit"), lambda v: v >= 1.1)

    def xml_targets(r, key, m, lk):
        case = params_label(key[1])
        tgt("2 decode XML/SOAP (%s)" % case, "time ≤ 1.1× floor", time_ratios(key, m, "loginkit", "floor"), lambda v: v <= 1.1)
        tgt("2 decode XML/SOAP (%s)" % case, "bytes ≤ 1.1× floor", per_pass(lk, m.get("floor", []), 2), lambda v: v <= 1.1)
        tgt("2 decode XML/SOAP (%s)" % case, "≥ 1.5× faster than XmlMapper", time_ratios(key, m, "xmlMapper", "loginkit"), lambda v: v >= 1.5)
        tgt("2 decode XML/SOAP (%s)" % case, "≥ 4× faster than JAXB", time_ratios(key, m, "jaxb", "loginkit"), lambda v: v >= 4)

    def loop_targets(r, key, m, lk):
        case = params_label(key[1])
        if "memory" in case:
            return  # the no-I/O variant explains; the targets are for the real loopback call
        tgt("3 login over loopback (%s)" % case, "time ≤ 1.03× floor", time_ratios(key, m, "loginkit", "floor"), lambda v: v <= 1.03)
        for p in ("retrofit", "feign"):
            tgt("3 login over loopback (%s)" % case, "bytes ≤ 0.8× %s" % p, per_pass(lk, m.get(p, []), 2), lambda v: v <= 0.8)

    def soap_targets(r, key, m, lk):
        tgt("4 SOAP login over loopback", "≥ 1.3× JAX-WS RI throughput", time_ratios(key, m, "jaxws", "loginkit"), lambda v: v >= 1.3)
        tgt("4 SOAP login over loopback", "bytes ≤ 0.35× JAX-WS RI", per_pass(lk, m.get("jaxws", []), 2), lambda v: v <= 0.35)
        tgt("4 SOAP login over loopback", "≥ 2× CXF throughput", time_ratios(key, m, "cxf", "loginkit"), lambda v: v >= 2)

    body = Report()
    jmh_section(body, data, "JsonDecodeBenchmark", "1. Decode a login JSON answer (in memory)",
                ["databind", "readTree", "retrofitConverter", "feignDecoder"], ["flat", "nested", "failure"], "ns", [json_targets])
    jmh_section(body, data, "XmlDecodeBenchmark", "2. Decode XML and SOAP answers (in memory)",
                ["xmlMapper", "jaxb"], ["xml", "soapSuccess", "soapFault", "soapHeader"], "ns", [xml_targets])
    jmh_section(body, data, "LoopbackBenchmark", "3. A whole login over loopback, and without I/O",
                ["retrofit", "feign"], ["query", "form", "multipart", "json", "loopback", "memory"], "us", [loop_targets])
    jmh_section(body, data, "SoapLoopbackBenchmark", "4. A SOAP login over loopback",
                ["jaxws", "cxf"], [], "us", [soap_targets])

    internals = os.path.join(work, "jmh-internals.json")
    plain_section(body, load_jmh([internals]) if os.path.exists(internals) else data, "InternalsBenchmark",
                  "3b. Per-call pieces of a LoginKit login (not a target)",
                  "Measured alone to attribute benchmark 3's difference to the floor (`InternalsBenchmark`%s):" % (
                      "; this table from a separate run of 2 forks right after the suite, `jmh-internals.json`"
                      if os.path.exists(internals) else ""))

    # ---- 5. cold start
    cold_path = os.path.join(work, "cold.json")
    body.add("## 5. The first login in a fresh JVM", "")
    if os.path.exists(cold_path):
        with open(cold_path) as f:
            cold = json.load(f)
        res = cold["results"]
        body.add("%d interleaved rounds (random order per round, after one unmeasured round), each a new JVM "
                 "with only that contender's dependency closure on the class path. *wall* is the whole process "
                 "(JVM start to exit); *first login* is from entering `main` to holding the session. Medians, and "
                 "per-round paired ratios and differences against the floor run in the same round "
                 "(median [interquartile range]):" % cold["runs"], "",
                 "| contender | wall | first login | wall ÷ floor | first login − floor |", "|---|---|---|---|---|")

        def paired(c, fl, field, op):
            return [op(a, b) for a, b in zip(res[c][field], res[fl][field])]

        def fmt_ms(values):
            q = statistics.quantiles(values, n=4) if len(values) >= 5 else [min(values), 0, max(values)]
            return "%+.0f ms [%+.0f – %+.0f]" % (statistics.median(values), q[0], q[2])

        for c, v in res.items():
            fl = "floor-soap" if c in ("loginkit-soap", "jaxws", "floor-soap") else "floor"
            body.add("| %s | %.0f ms | %.0f ms | %s | %s |" % (
                c, v["wall_median_ms"], v["first_login_median_ms"],
                fmt_ratio(paired(c, fl, "wall_ms", lambda a, b: a / b)),
                fmt_ms(paired(c, fl, "first_login_ms", lambda a, b: a - b))))
        body.add("")
        tgt("5 first login, fresh JVM", "≤ 1.1× floor (wall)", paired("loginkit", "floor", "wall_ms", lambda a, b: a / b),
            lambda v: v <= 1.1)
        for p in ("retrofit", "feign"):
            tgt("5 first login, fresh JVM", "≤ 0.7× %s (wall)" % p, paired("loginkit", p, "wall_ms", lambda a, b: a / b),
                lambda v: v <= 0.7)
        own = paired("loginkit", "floor", "first_login_ms", lambda a, b: a - b)
        r.targets.append(("5 first login, fresh JVM", "LoginKit's own cold cost ≤ 20 ms (first login − floor's)",
                          fmt_ms(own), "**met**" if statistics.median(own) <= 20 else "**missed**"))
        if "jaxws" in res:
            r.targets.append(("5 first login, fresh JVM (SOAP)", "informative: LoginKit SOAP ÷ JAX-WS RI (wall)",
                              fmt_ratio(paired("loginkit-soap", "jaxws", "wall_ms", lambda a, b: a / b)), "—"))
    else:
        body.add("_Not measured in this run._", "")

    # ---- 6. processor
    proc_path = os.path.join(work, "processor.json")
    body.add("## 6. Processor cost", "")
    if os.path.exists(proc_path):
        with open(proc_path) as f:
            proc = json.load(f)
        body.add("`javac` in a fresh process on N generated interfaces (+ their session records; three kinds: JSON POST, "
                 "XML GET, SOAP rpc/encoded) with the LoginKit processor, against the floor: `javac -proc:none` on the same "
                 "sources plus pre-written implementations (the clients the processor wrote). To split the difference, "
                 "a third contender runs a *copy-only* processor that writes those same pre-written clients through the "
                 "Filer with no modelling at all: its excess over the floor is javac's own cost of a source-generating "
                 "round, and LoginKit's excess over it is LoginKit's own work. Runs interleaved; medians, and per-run "
                 "paired ratios (median [quartiles]):", "",
                 "| interfaces | with processor | copy-only processor | floor | processor ÷ floor | copy-only ÷ floor | processor ÷ copy-only | processing rounds |",
                 "|---|---|---|---|---|---|---|---|")
        for n, v in proc.items():
            ratios = [a / b for a, b in zip(v["processor_s"], v["floor_s"])]
            copy = v.get("copy_s") or []
            body.add("| %s | %.2f s | %s | %.2f s | %s | %s | %s | %d |" % (
                n, v["processor_median_s"], "%.2f s" % v["copy_median_s"] if copy else "n/a", v["floor_median_s"],
                fmt_ratio(ratios), fmt_ratio([a / b for a, b in zip(copy, v["floor_s"])]),
                fmt_ratio([a / b for a, b in zip(v["processor_s"], copy)]), v["processing_rounds"]))
            if n == "500":
                tgt("6 processor, 500 interfaces", "≤ 1.35× floor", ratios, lambda x: x <= 1.35)
                r.targets.append(("6 processor", "no rounds beyond what is needed (3: sources, generated sources, final)",
                                  str(v["processing_rounds"]), "**met**" if v["processing_rounds"] <= 3 else "**missed**"))
        body.add("")
    else:
        body.add("_Not measured in this run._", "")

    # ---- 7. footprint
    fp_path = os.path.join(work, "footprint.json")
    body.add("## 7. Footprint", "")
    if os.path.exists(fp_path):
        with open(fp_path) as f:
            fp = json.load(f)
        body.add("Runtime dependency closure as a Maven user gets it (versions managed as in this build: OkHttp 5, "
                 "Jackson 2.22; Retrofit and Feign users of OkHttp 5 under Maven must add `okhttp-jvm`, counted):", "",
                 "| closure | jars | size | ÷ floor |", "|---|---|---|---|")
        for k in ("floor", "loginkit", "retrofit", "feign", "floor-xml", "loginkit-xml", "jaxws", "cxf"):
            v = fp[k]
            body.add("| %s | %d | %.2f MiB | %.2f |" % (k, v["jars"], v["bytes"] / MiB, v["bytes"] / fp["floor"]["bytes"]))
        body.add("", "LoginKit runtime jar: %.1f KiB (%d bytes). `loginkit` is what a JSON-only user gets "
                 "(woodstox-core is an optional dependency of the runtime); `loginkit-xml` adds the woodstox-core "
                 "(and its stax2-api) an XML, SOAP or XML-RPC user declares. Both are resolved by Maven from "
                 "`benchmarks/footprint`'s profiles, as a user's build resolves them." % (
                     fp["runtime_jar_bytes"] / 1024, fp["runtime_jar_bytes"]), "")
        r.targets.append(("7 footprint", "runtime jar ≤ 100 KB", "%.1f KiB" % (fp["runtime_jar_bytes"] / 1024),
                          "**met**" if fp["runtime_jar_bytes"] <= 100 * 1024 else "**missed**"))
        r.targets.append(("7 footprint", "JSON-only closure ≤ 3.7 MiB", "%.2f MiB" % (fp["loginkit"]["bytes"] / MiB),
            "**met**" if fp["loginkit"]["bytes"] <= 3.7 * MiB else "**missed**"))
        r.targets.append(("7 footprint (XML/SOAP users)", "closure vs hand-written OkHttp + Woodstox", "%.2f MiB vs %.2f MiB" % (
            fp["loginkit-xml"]["bytes"] / MiB, fp["floor-xml"]["bytes"] / MiB), "informative"))
    else:
        body.add("_Not measured in this run._", "")

    # ---- assemble
    head = [
        "# LoginKit benchmark results",
        "",
        "Written by `benchmarks/run.sh` (do not edit by hand; the analysis comes from `benchmarks/ANALYSIS.md`).",
        "",
        "- **Date:** %s" % meta["date"],
        "- **Machine:** %s; %s cores (`nproc`); %s memory; %s" % (meta["cpu"], meta["nproc"], meta["memory"], meta["os"]),
        "- **JDK:** %s" % meta["jdk"],
        "- **Load:** `uptime` before: `%s`; after: `%s`. This machine is shared and other builds ran during the "
        "measurement, so absolute times are inflated and noisy; read the ratios (each pass measures every contender, "
        "passes are interleaved in time) and their [min–max] spread, and treat allocation (bytes/op) as the stable figure." % (
            meta["uptime_before"], meta.get("uptime_after", "?")),
        "- **Command:** `%s` — JMH: %s; interleaved time ratios: %s" % (
            meta["command"], meta["jmh_args"],
            "15 rounds per case" if INTERLEAVED else "not run"),
        "",
        "Every figure is LoginKit's, as a ratio to its floor (hand-written code with the same libraries) and to each "
        "peer in the same run. Contenders are checked to produce the same outcome before measuring.",
        "",
        "## Targets (DESIGN.md §8)",
        "",
        "| benchmark | target | measured | verdict |",
        "|---|---|---|---|",
    ]
    for b, t, m, v in r.targets:
        head.append("| %s | %s | %s | %s |" % (b, t, m, v))
    head.append("")
    analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ANALYSIS.md")
    if os.path.exists(analysis):
        with open(analysis) as f:
            head += [f.read().rstrip(), ""]
    with open(out_md, "w") as f:
        f.write("\n".join(head + body.lines).rstrip() + "\n")
    print("wrote " + out_md)
