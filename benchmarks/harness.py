#!/usr/bin/env python3
"""Process-level measurements and the report for benchmarks/run.sh (standard library only).

  harness.py processor OUT.json   benchmark 6: javac + LoginKit processor vs javac on the same sources
                                  plus pre-written implementations (100 and 500 interfaces)
  harness.py cold OUT.json        benchmark 5: first login in a fresh JVM, interleaved rounds
  harness.py interleaved OUT.json time ratios of benchmarks 1-4, contenders alternating in one JVM
  harness.py footprint OUT.json   benchmark 7: jar and dependency-closure sizes
  harness.py report OUT.md ...    RESULTS.md from all of the above and the JMH JSON files

Paths come from the environment run.sh sets (ROOT, THIN_JAR, classpath files)."""
import json, os, platform, random, re, shutil, statistics, subprocess, sys, tempfile, time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree when report.py is imported

ROOT = os.environ.get("ROOT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "benchmarks")
WORK = os.path.join(BENCH, "jmh", "target", "work")
JAVA = os.environ.get("JAVA", "java")
JAVAC = os.environ.get("JAVAC", "javac")
MiB = 1024 * 1024
XML_ONLY = ("woodstox-core", "stax2-api")


def read_cp(path):
    with open(path) as f:
        return [p for p in f.read().strip().split(os.pathsep) if p]


def runtime_cp():
    """The runtime jar plus its runtime closure, as a LoginKit user gets it."""
    return [os.path.join(ROOT, "runtime", "target", "loginkit-runtime-0.1.0-SNAPSHOT.jar")] + \
        read_cp(os.path.join(ROOT, "runtime", "target", "classpath.txt"))


def peer_cp(name):
    return read_cp(os.path.join(WORK, "closure-%s.txt" % name))


# ---------------------------------------------------------------- benchmark 6: processor cost

TEMPLATES = [
    # JSON POST with a nested error object and a code table
    ("""package gen;

import dev.loginkit.annotations.*;

@LoginApi(baseUrl = "https://api{i}.example.com")
public interface Api{i}Login {{
  @Post(value = "/v{i}/login", body = BodyEncoding.JSON)
  @SuccessWhen(path = "status", equals = "ok")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "LOCKED", reason = FailureReason.ACCOUNT_LOCKED)
  @OnStatus(value = 429, reason = FailureReason.RATE_LIMITED)
  Api{i}Session login(@Param("login") String login, @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) Boolean remember);
}}
""", """package gen;

import dev.loginkit.annotations.Field;

public record Api{i}Session(@Field("sessionId") String sessionId, @Field("account_id") long accountId,
    @Field(value = "ima", optional = true) String ima) {{}}
"""),
    # XML GET with secrets in the query
    ("""package gen;

import dev.loginkit.annotations.*;

@LoginApi(baseUrl = "https://api{i}.example.com", secretsInQuery = true)
public interface Api{i}Login {{
  @Get(value = "/gw{i}.k", format = Format.XML)
  @Constant(name = "api", value = "login")
  @SuccessWhen(path = "rc", equals = "0")
  @FailureDetails(code = "rc", message = "msg")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
  Api{i}Session login(@Param("uid") String uid, @Param("pswd") @Secret String password);
}}
""", """package gen;

import dev.loginkit.annotations.Field;

public record Api{i}Session(@Field("sid") String sid, @Field(value = "msg", optional = true) String message) {{}}
"""),
    # SOAP 1.1 rpc/encoded with a fault message rule
    ("""package gen;

import dev.loginkit.annotations.*;

@LoginApi(baseUrl = "https://api{i}.example.com")
@Soap(namespace = "urn:api{i}", style = SoapStyle.RPC, encoded = true)
public interface Api{i}Login {{
  @Post(value = "/api{i}.php", body = BodyEncoding.SOAP)
  @OnMessage(matches = "(?i).*\\\\binvalid\\\\b.*", reason = FailureReason.INVALID_CREDENTIALS)
  Api{i}Session api_login(@Param("username") String username, @Param("password") @Secret String password);
}}
""", """package gen;

import dev.loginkit.annotations.Field;

public record Api{i}Session(@Field("return") String sessionId) {{}}
"""),
]


# A processor that does no modelling at all: for each @LoginApi interface it writes the client the
# LoginKit processor wrote in the preparation run, read from a directory. Its cost over the floor
# is javac's own cost of a processing round that generates sources; LoginKit's cost over it is
# LoginKit's own work (parse, validate, model, JavaPoet).
COPY_PROCESSOR = """
import java.nio.file.*;
import java.util.Set;
import javax.annotation.processing.*;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.*;

@SupportedAnnotationTypes("dev.loginkit.annotations.LoginApi")
@SupportedOptions("copy.dir")
public final class CopyProcessor extends AbstractProcessor {
  @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }

  @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        String name = ((TypeElement) e).getQualifiedName() + "Client";
        Path source = Paths.get(processingEnv.getOptions().get("copy.dir"), name.replace('.', '/') + ".java");
        try (java.io.Writer w = processingEnv.getFiler().createSourceFile(name, e).openWriter()) {
          w.write(Files.readString(source));
        } catch (java.io.IOException x) {
          throw new java.io.UncheckedIOException(x);
        }
      }
    }
    return false;
  }
}
"""


def write_sources(directory, n):
    files = []
    os.makedirs(os.path.join(directory, "gen"), exist_ok=True)
    for i in range(n):
        api, session = TEMPLATES[i % len(TEMPLATES)]
        for name, text in (("Api%dLogin.java" % i, api), ("Api%dSession.java" % i, session)):
            path = os.path.join(directory, "gen", name)
            with open(path, "w") as f:
                f.write(text.format(i=i))
            files.append(path)
    return files


def javac(args, files):
    t = time.perf_counter()
    proc = subprocess.run([JAVAC] + args + files, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit("javac failed:\n" + proc.stdout + proc.stderr)
    return elapsed, proc.stdout + proc.stderr


def processor_cost(out_path, sizes=tuple(int(s) for s in os.environ.get("PROCESSOR_SIZES", "100 500").split()), rounds=int(os.environ.get("PROCESSOR_RUNS", "5"))):
    cp = os.pathsep.join(runtime_cp())
    processor_path = os.pathsep.join(
        [os.path.join(ROOT, "processor", "target", "loginkit-processor-0.1.0-SNAPSHOT.jar")]
        + read_cp(os.path.join(ROOT, "processor", "target", "classpath.txt")))
    results = {}
    for n in sizes:
        base = tempfile.mkdtemp(prefix="lk-proc-%d-" % n)
        try:
            src = os.path.join(base, "src")
            files = write_sources(src, n)
            common = ["-d", None, "-cp", cp, "-Xlint:none", "-nowarn", "--release", "17"]

            def proc_args(out, gen):
                a = list(common)
                a[1] = out
                return a + ["-processorpath", processor_path, "-s", gen]

            # One run to produce the implementations the floor compiles, and to count rounds.
            gen0 = os.path.join(base, "impl")
            os.makedirs(gen0)
            _, log = javac(proc_args(os.path.join(base, "out0"), gen0) + ["-XprintRounds"], files)
            processing_rounds = len(re.findall(r"^Round \d+:", log, re.M))
            impls = [os.path.join(dp, f) for dp, _, fs in os.walk(gen0) for f in fs if f.endswith(".java")]
            if len(impls) != n:
                raise SystemExit("expected %d generated clients, got %d" % (n, len(impls)))
            copy_dir = os.path.join(base, "copyproc")
            os.makedirs(copy_dir)
            with open(os.path.join(copy_dir, "CopyProcessor.java"), "w") as f:
                f.write(COPY_PROCESSOR)
            javac(["-d", copy_dir, "-nowarn"], [os.path.join(copy_dir, "CopyProcessor.java")])
            times = {"processor": [], "floor": [], "copy": []}
            for r in range(rounds):
                order = ["processor", "floor", "copy"]
                random.shuffle(order)
                for mode in order:
                    out = os.path.join(base, "out-%s-%d" % (mode, r))
                    if mode == "processor":
                        gen = os.path.join(base, "gen-%d" % r)
                        os.makedirs(gen)
                        elapsed, _ = javac(proc_args(out, gen), files)
                    elif mode == "copy":
                        gen = os.path.join(base, "copygen-%d" % r)
                        os.makedirs(gen)
                        a = list(common)
                        a[1] = out
                        elapsed, _ = javac(a + ["-processorpath", copy_dir, "-processor", "CopyProcessor",
                                                "-Acopy.dir=" + gen0, "-s", gen], files)
                    else:
                        a = list(common)
                        a[1] = out
                        elapsed, _ = javac(a + ["-proc:none"], files + impls)
                    times[mode].append(elapsed)
            results[str(n)] = {
                "interfaces": n,
                "source_files": len(files),
                "processing_rounds": processing_rounds,
                "processor_s": times["processor"],
                "floor_s": times["floor"],
                "copy_s": times["copy"],
                "copy_median_s": statistics.median(times["copy"]),
                "processor_median_s": statistics.median(times["processor"]),
                "floor_median_s": statistics.median(times["floor"]),
            }
            print("processor n=%d: processor %.2fs copy-only processor %.2fs floor %.2fs rounds=%d" % (
                n, results[str(n)]["processor_median_s"], results[str(n)]["copy_median_s"],
                results[str(n)]["floor_median_s"], processing_rounds))
        finally:
            shutil.rmtree(base, ignore_errors=True)
    with open(out_path, "w") as f:
        json.dump(results, f, indent=2)


# ---------------------------------------------------------------- benchmark 5: cold start

COLD = {
    # contender: closure name (see footprint) or "loginkit"
    "floor": "floor",
    # The runtime module's own class path, Woodstox included (what an XML/SOAP user has).
    "loginkit": "loginkit",
    # The JSON login with woodstox-core and stax2-api left off the class path: what a JSON-only user
    # has, since woodstox-core is optional in the runtime (benchmark 7).
    "loginkit-json-only": "loginkit-json-only",
    "retrofit": "retrofit",
    "feign": "feign",
    "floor-soap": "floor-xml",
    "loginkit-soap": "loginkit",
    "jaxws": "jaxws",
}


def cold_start(out_path, runs=int(os.environ.get("COLD_RUNS", "10"))):
    thin = os.environ["THIN_JAR"]
    server = subprocess.Popen([JAVA, "-cp", thin, "dev.loginkit.benchmarks.CannedServer"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise SystemExit("server did not start: " + url)
        results = {c: {"wall_ms": [], "first_login_ms": []} for c in COLD}
        # One unmeasured pass warms the OS page cache for every jar.
        for rnd in range(runs + 1):
            order = list(COLD)
            random.shuffle(order)
            for contender in order:
                closure = COLD[contender]
                if closure == "loginkit":
                    cp = runtime_cp()
                elif closure == "loginkit-json-only":
                    cp = [p for p in runtime_cp() if not os.path.basename(p).startswith(XML_ONLY)]
                else:
                    cp = peer_cp(closure)
                t = time.perf_counter()
                proc = subprocess.run(
                    [JAVA, "-cp", os.pathsep.join([thin] + cp), "dev.loginkit.benchmarks.cold.ColdStart", contender, url],
                    capture_output=True, text=True, timeout=120)
                wall = (time.perf_counter() - t) * 1000
                m = re.search(r"first-login-ns=(\d+)", proc.stdout)
                if proc.returncode != 0 or not m:
                    raise SystemExit("cold start of %s failed:\n%s%s" % (contender, proc.stdout, proc.stderr[-3000:]))
                if rnd > 0:
                    results[contender]["wall_ms"].append(wall)
                    results[contender]["first_login_ms"].append(int(m.group(1)) / 1e6)
        for c, r in results.items():
            r["wall_median_ms"] = statistics.median(r["wall_ms"])
            r["first_login_median_ms"] = statistics.median(r["first_login_ms"])
            print("cold %-14s wall %7.1f ms  first login %7.1f ms" % (c, r["wall_median_ms"], r["first_login_median_ms"]))
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    with open(out_path, "w") as f:
        json.dump({"runs": runs, "results": results}, f, indent=2)


# ---------------------------------------------------------------- interleaved time ratios (benchmarks 1-4)

INTERLEAVED_CASES = (
    [("json", c) for c in ("flat", "nested", "failure")]
    + [("xml", c) for c in ("xml", "soapSuccess", "soapFault", "soapHeader")]
    + [("loopback", "%s,%s" % (e, t)) for t in ("loopback", "memory") for e in ("query", "form", "multipart", "json")]
    + [("soap", "login")]
)


def interleaved(out_path, rounds=int(os.environ.get("INTERLEAVED_ROUNDS", "15"))):
    """One JVM per case (like a JMH fork): contenders timed in alternating short slices."""
    jar = os.path.join(BENCH, "jmh", "target", "benchmarks.jar")
    results = []
    for group, case in INTERLEAVED_CASES:
        proc = subprocess.run([JAVA, "-Xms1g", "-Xmx1g", "-cp", jar, "dev.loginkit.benchmarks.interleaved.Interleaved",
                               group, case, str(rounds)], capture_output=True, text=True, timeout=600)
        line = [l for l in proc.stdout.splitlines() if l.startswith("{")]
        if proc.returncode != 0 or not line:
            raise SystemExit("interleaved %s %s failed:\n%s%s" % (group, case, proc.stdout, proc.stderr[-3000:]))
        r = json.loads(line[-1])
        results.append(r)
        lk = r["rounds"]["loginkit"]
        fl = r["rounds"]["floor"]
        print("interleaved %-8s %-20s loginkit/floor %.2f" % (
            group, case, statistics.median([a / b for a, b in zip(lk, fl)])))
    with open(out_path, "w") as f:
        json.dump(results, f)


# ---------------------------------------------------------------- benchmark 7: footprint

def footprint(out_path):
    """Closures as Maven resolves them for a user (benchmarks/footprint profiles): `loginkit` is a
    JSON-only user's, `loginkit-xml` adds the woodstox-core an XML/SOAP/XML-RPC user declares."""
    def closure(paths):
        return {"jars": len(paths), "bytes": sum(os.path.getsize(p) for p in paths),
                "files": [os.path.basename(p) for p in paths]}

    result = {}
    for name in ("loginkit", "loginkit-xml"):
        paths = peer_cp(name)
        # The runtime must come from this build's reactor, never from a stale copy in ~/.m2.
        runtime = [p for p in paths if os.path.basename(p).startswith("loginkit-runtime-")]
        if len(runtime) != 1 or not os.path.abspath(runtime[0]).startswith(os.path.join(ROOT, "runtime", "target")):
            raise SystemExit("closure %s does not hold this build's runtime jar: %s" % (name, runtime))
        result["runtime_jar_bytes"] = os.path.getsize(runtime[0])
        result[name] = closure(paths)
    for name in ("floor", "floor-xml", "retrofit", "feign", "jaxws", "cxf"):
        result[name] = closure(peer_cp(name))
    with open(out_path, "w") as f:
        json.dump(result, f, indent=2)
    for k, v in result.items():
        if isinstance(v, dict):
            print("footprint %-22s %2d jars %6.2f MiB" % (k, v["jars"], v["bytes"] / MiB))
        else:
            print("footprint %-22s %d bytes" % (k, v))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "processor":
        processor_cost(sys.argv[2])
    elif cmd == "cold":
        cold_start(sys.argv[2])
    elif cmd == "interleaved":
        interleaved(sys.argv[2])
    elif cmd == "footprint":
        footprint(sys.argv[2])
    elif cmd == "report":
        import report
        report.main(sys.argv[2:])
    else:
        raise SystemExit(__doc__)
