package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.WireValue;

/** Wire names, constants and Java names outside ASCII. */
@LoginApi(baseUrl = "https://api.example.com")
public interface UnicodeNames {
  enum Språk {
    @WireValue("svenska — \"sv\"") SVENSKA,
    @WireValue("日本語\\ja") 日本語
  }

  record Sessión(@Field("sesión/número") String número, @Field("ключ") String ключ) {}

  @Get("/login")
  @Constant(name = "клиент", value = "ℒ𝑜𝑔𝑖𝑛𝐾𝑖𝑡 ✓ \u00e9\t")
  Sessión iniciarSesión(
      @Param("usuário") String usuário,
      @Param("язык") @Default("日本語") Språk språk,
      @Param("😀") String emoji);

  @Get("/login2")
  Sessión ログイン(@Param("名前") String 名前);
}
