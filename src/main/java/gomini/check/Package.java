package gomini.check;

import gomini.ast.File;
import java.util.List;

/**
 * One package of the program as {@link PackageLoader} found it. path is the import path
 * ("samples/pool", "runner"); the main package's path is "main" (the name Go's runtime gives its
 * functions: main.main). name is the package clause's name, files its parsed .go files in file-name order
 * (for main: just the file gomini was given).
 */
public record Package(String path, String name, List<File> files) {}
