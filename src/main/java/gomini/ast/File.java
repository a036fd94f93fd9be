package gomini.ast;

import java.util.List;

/** One parsed source file. path is as given on the command line (it is what positions print). */
public record File(Pos pos, String path, Expr.Ident packageName, List<Spec.ImportSpec> imports, List<Decl> decls)
        implements Node {}
