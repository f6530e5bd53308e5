package dev.loginkit.benchmarks.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The {@code return} of {@link LoginPort#login}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    name = "loginReturn",
    propOrder = {"sessionId", "userId", "expires"})
public class LoginReturn {
  public String sessionId;
  public long userId;
  public String expires;
}
