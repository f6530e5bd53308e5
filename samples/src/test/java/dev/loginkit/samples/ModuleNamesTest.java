package dev.loginkit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.processor.LoginApiProcessor;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published jars as the module system sees them: no package is split between two of them and,
 * when they are jars (the build's {@code verify}; {@code test} alone sees class directories, which
 * carry no manifest), each has its {@code Automatic-Module-Name}.
 */
class ModuleNamesTest {

  @Test
  void automaticModuleNamesAndNoSplitPackages() throws Exception {
    Map<String, Class<?>> expected = new LinkedHashMap<>();
    expected.put("dev.loginkit.annotations", LoginApi.class);
    expected.put("dev.loginkit", LoginResult.class);
    expected.put("dev.loginkit.processor", LoginApiProcessor.class);
    Map<String, String> owner = new HashMap<>();
    for (Map.Entry<String, Class<?>> entry : expected.entrySet()) {
      Path location =
          Path.of(entry.getValue().getProtectionDomain().getCodeSource().getLocation().toURI());
      Set<String> packages;
      if (Files.isDirectory(location)) {
        packages = packagesIn(location);
      } else {
        ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();
        assertTrue(descriptor.isAutomatic(), location.toString());
        assertEquals(
            entry.getKey(),
            descriptor.name(),
            "Automatic-Module-Name of " + location.getFileName());
        packages = descriptor.packages();
      }
      assertTrue(packages.contains(entry.getValue().getPackageName()), packages.toString());
      for (String pkg : packages) {
        String previous = owner.put(pkg, entry.getKey());
        assertEquals(
            null,
            previous,
            "package " + pkg + " is split between " + previous + " and " + entry.getKey());
      }
    }
  }

  private static Set<String> packagesIn(Path classes) throws IOException, URISyntaxException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .map(
              f ->
                  classes
                      .relativize(f.getParent())
                      .toString()
                      .replace(classes.getFileSystem().getSeparator(), "."))
          .forEach(packages::add);
    }
    return packages;
  }
}
