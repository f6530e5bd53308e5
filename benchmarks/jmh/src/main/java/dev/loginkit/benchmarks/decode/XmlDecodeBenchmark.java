package dev.loginkit.benchmarks.decode;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.loginkit.LoginResult;
import dev.loginkit.benchmarks.BenchAccess;
import dev.loginkit.benchmarks.Generated;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.api.SoapLoginClient;
import dev.loginkit.benchmarks.api.XmlLoginClient;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.SessionMapper;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: an XML or SOAP 1.1 answer already in memory, to the typed outcome. {@code floor} is
 * hand-written Woodstox StAX; peers are jackson-dataformat-xml ({@code XmlMapper}, which parses
 * with Woodstox too) and JAXB (glassfish jaxb-runtime, unmarshalling from the byte stream as its
 * users do).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class XmlDecodeBenchmark {
  @Param({"xml", "soapSuccess", "soapFault", "soapHeader"})
  public String payload;

  private byte[] body;
  private int status;
  private boolean soap;
  private Operation op;
  private SessionMapper<?> mapper;
  private ObjectReader xmlReader;
  private Unmarshaller unmarshaller;

  @Setup
  public void setup() throws JAXBException {
    switch (payload) {
      case "xml" -> init(Payloads.XML_SUCCESS, 200, false);
      case "soapSuccess" -> init(Payloads.SOAP_SUCCESS, 200, true);
      case "soapFault" -> init(Payloads.SOAP_FAULT, 500, true);
      case "soapHeader" -> init(Payloads.SOAP_WITH_HEADER, 200, true);
      default -> throw new IllegalArgumentException(payload);
    }
    check();
  }

  private void init(byte[] body, int status, boolean soap) throws JAXBException {
    this.body = body;
    this.status = status;
    this.soap = soap;
    Class<?> client = soap ? SoapLoginClient.class : XmlLoginClient.class;
    this.op = Generated.operation(client, "LOGIN");
    this.mapper = Generated.mapper(client, "LOGIN");
    this.xmlReader = new XmlMapper().readerFor(soap ? XmlDtos.Envelope.class : XmlDtos.Out.class);
    // The JAXB reference implementation, named explicitly: JAX-WS RI brings a second provider.
    JAXBContext context =
        new org.glassfish.jaxb.runtime.v2.JAXBContextFactory()
            .createContext(
                new Class<?>[] {JaxbTypes.Out.class, JaxbTypes.Envelope.class}, Map.of());
    this.unmarshaller = context.createUnmarshaller();
  }

  private void check() {
    try {
      String expected = floor().toString();
      for (Object other : List.of(xmlMapper(), jaxb())) {
        if (!other.toString().equals(expected)) {
          throw new IllegalStateException("contenders disagree: " + other + " vs " + expected);
        }
      }
      String loginkit = ((LoginResult<?>) loginkit()).toString();
      if (!loginkit.contains(expected)) {
        throw new IllegalStateException("LoginKit disagrees: " + loginkit + " vs " + expected);
      }
    } catch (IOException | JAXBException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public Object loginkit() {
    return BenchAccess.interpret(op, status, body, mapper);
  }

  @Benchmark
  public Object floor() {
    return soap ? XmlFloor.soap(status, body) : XmlFloor.plain(status, body);
  }

  @Benchmark
  public Object xmlMapper() throws IOException {
    JsonDtos.Dto dto = xmlReader.readValue(body);
    return dto.outcome(status);
  }

  @Benchmark
  public Object jaxb() throws JAXBException {
    JsonDtos.Dto dto = (JsonDtos.Dto) unmarshaller.unmarshal(new ByteArrayInputStream(body));
    return dto.outcome(status);
  }
}
