package gomini.syntax;

import gomini.ast.Expr;
import gomini.ast.Field;
import gomini.ast.Pos;
import gomini.ast.Token;
import gomini.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Expressions and types (which go/ast writes as expressions), from the parse tree. */
final class ExprBuilder {
    private final AstBuilder b;
    private PrimaryExprContext typeSwitchGuard;

    ExprBuilder(AstBuilder b) {
        this.b = b;
    }

    List<Expr> list(ExpressionListContext ctx) {
        List<Expr> out = new ArrayList<>();
        if (ctx != null) {
            for (ExprContext e : ctx.expr()) {
                out.add(expr(e));
            }
        }
        return out;
    }

    Expr expr(ExprContext ctx) {
        if (ctx.unaryExpr() != null) {
            return unary(ctx.unaryExpr());
        }
        TerminalNode op = (TerminalNode) ctx.getChild(1);
        Expr x = expr(ctx.expr(0));
        Expr y = expr(ctx.expr(1));
        return new Expr.BinaryExpr(x.pos(), binaryOp(op.getSymbol().getType()), x, y, b.pos(op));
    }

    private Expr unary(UnaryExprContext ctx) {
        if (ctx.primaryExpr() != null) {
            return primary(ctx.primaryExpr());
        }
        Pos p = b.pos(ctx.unaryOp);
        Expr x = unary(ctx.unaryExpr());
        return switch (ctx.unaryOp.getType()) {
            case GoParser.MUL -> new Expr.StarExpr(p, x);
            case GoParser.ADD -> new Expr.UnaryExpr(p, Token.ADD, x);
            case GoParser.SUB -> new Expr.UnaryExpr(p, Token.SUB, x);
            case GoParser.NOT -> new Expr.UnaryExpr(p, Token.NOT, x);
            case GoParser.XOR -> new Expr.UnaryExpr(p, Token.XOR, x);
            case GoParser.AND -> new Expr.UnaryExpr(p, Token.AND, x);
            default -> new Expr.UnaryExpr(p, Token.ARROW, x);
        };
    }

    Expr primary(PrimaryExprContext ctx) {
        if (ctx.operand() != null) {
            return operand(ctx.operand());
        }
        Expr x = primary(ctx.primaryExpr());
        Pos p = x.pos();
        if (ctx.index() != null) {
            return new Expr.IndexExpr(p, x, expr(ctx.index().expr()));
        }
        if (ctx.slice() != null) {
            return slice(p, x, ctx.slice());
        }
        if (ctx.arguments() != null) {
            ArgumentsContext a = ctx.arguments();
            List<Expr> args = new ArrayList<>();
            for (ArgumentContext arg : a.argument()) {
                args.add(arg.expr() != null ? expr(arg.expr()) : nonNameType(arg.nonNameType()));
            }
            Pos lparen = b.pos(a.L_PAREN());
            return new Expr.CallExpr(lparen, x, args, a.ELLIPSIS() != null, lparen);
        }
        if (ctx.IDENT() != null) {
            return new Expr.SelectorExpr(p, x, b.ident(ctx.IDENT()));
        }
        if (ctx.TYPE() != null) {
            if (ctx != typeSwitchGuard) {
                b.error(p, "invalid AST: use of .(type) outside type switch");
            }
            return new Expr.TypeAssertExpr(p, x, null);
        }
        return new Expr.TypeAssertExpr(p, x, type(ctx.type_()));
    }

    /** The one `x.(type)` that is allowed: the guard of the type switch being built. */
    void allowTypeSwitchGuard(PrimaryExprContext guard) {
        typeSwitchGuard = guard;
    }

    private Expr slice(Pos p, Expr x, SliceContext ctx) {
        Expr[] parts = new Expr[3];
        int colons = 0;
        for (ParseTree c : ctx.children) {
            if (c instanceof TerminalNode t && t.getSymbol().getType() == GoParser.COLON) {
                colons++;
            } else if (c instanceof ExprContext e) {
                parts[colons] = expr(e);
            }
        }
        return new Expr.SliceExpr(p, x, parts[0], parts[1], parts[2], colons == 2);
    }

    private Expr operand(OperandContext ctx) {
        if (ctx.basicLit() != null) {
            return b.basicLit(ctx.basicLit());
        }
        if (ctx.literalValue() != null) {
            Expr type = ctx.literalType() != null ? literalType(ctx.literalType()) : typeName(ctx.typeName());
            return compositeLit(type, ctx.literalValue());
        }
        if (ctx.IDENT() != null) {
            return b.ident(ctx.IDENT());
        }
        if (ctx.funcLit() != null) {
            FuncLitContext f = ctx.funcLit();
            return new Expr.FuncLit(b.pos(f), funcType(b.pos(f), f.signature()), b.stmts.block(f.block()));
        }
        if (ctx.conversion() != null) {
            ConversionContext c = ctx.conversion();
            Pos lparen = b.pos(c.L_PAREN());
            return new Expr.CallExpr(lparen, nonNameType(c.nonNameType()), List.of(expr(c.expr())), false, lparen);
        }
        if (ctx.parenExpr() != null) {
            return new Expr.ParenExpr(b.pos(ctx.parenExpr()), expr(ctx.parenExpr().expr()));
        }
        return new Expr.ParenExpr(b.pos(ctx.parenType()), nonNameType(ctx.parenType().nonNameType()));
    }

    private Expr literalType(LiteralTypeContext ctx) {
        if (ctx.structType() != null) {
            return structType(ctx.structType());
        }
        if (ctx.arrayType() != null) {
            return arrayType(ctx.arrayType());
        }
        if (ctx.sliceType() != null) {
            return sliceType(ctx.sliceType());
        }
        if (ctx.mapType() != null) {
            return mapType(ctx.mapType());
        }
        return new Expr.ArrayType(b.pos(ctx), new Expr.Ellipsis(b.pos(ctx.ELLIPSIS()), null), type(ctx.type_()));
    }

    private Expr compositeLit(Expr type, LiteralValueContext ctx) {
        List<Expr> elts = new ArrayList<>();
        for (KeyedElementContext k : ctx.keyedElement()) {
            if (k.element().size() == 2) {
                Expr key = element(k.element(0));
                elts.add(new Expr.KeyValueExpr(key.pos(), key, element(k.element(1))));
            } else {
                elts.add(element(k.element(0)));
            }
        }
        Pos p = type != null ? type.pos() : b.pos(ctx);
        return new Expr.CompositeLit(p, type, elts, b.pos(ctx.R_CURLY()));
    }

    private Expr element(ElementContext ctx) {
        return ctx.expr() != null ? expr(ctx.expr()) : compositeLit(null, ctx.literalValue());
    }

    // ---------------------------------------------------------------- types

    Expr type(Type_Context ctx) {
        if (ctx.typeName() != null) {
            return typeName(ctx.typeName());
        }
        if (ctx.typeLit() != null) {
            return typeLit(ctx.typeLit());
        }
        return new Expr.ParenExpr(b.pos(ctx), type(ctx.type_()));
    }

    Expr typeName(TypeNameContext ctx) {
        Expr.Ident first = b.ident(ctx.IDENT(0));
        if (ctx.IDENT().size() == 1) {
            return first;
        }
        return new Expr.SelectorExpr(first.pos(), first, b.ident(ctx.IDENT(1)));
    }

    private Expr typeLit(TypeLitContext ctx) {
        if (ctx.pointerType() != null) {
            return new Expr.StarExpr(b.pos(ctx), type(ctx.pointerType().type_()));
        }
        return nonNameType(ctx.nonNameType());
    }

    Expr nonNameType(NonNameTypeContext ctx) {
        if (ctx.arrayType() != null) {
            return arrayType(ctx.arrayType());
        }
        if (ctx.sliceType() != null) {
            return sliceType(ctx.sliceType());
        }
        if (ctx.mapType() != null) {
            return mapType(ctx.mapType());
        }
        if (ctx.chanType() != null) {
            ChanTypeContext c = ctx.chanType();
            Expr.ChanDir dir = c.ARROW() == null ? Expr.ChanDir.BOTH
                    : c.getChild(0) == c.CHAN() ? Expr.ChanDir.SEND : Expr.ChanDir.RECV;
            return new Expr.ChanType(b.pos(c), dir, type(c.type_()));
        }
        if (ctx.funcType() != null) {
            return funcType(b.pos(ctx), ctx.funcType().signature());
        }
        if (ctx.structType() != null) {
            return structType(ctx.structType());
        }
        return interfaceType(ctx.interfaceType());
    }

    private Expr arrayType(ArrayTypeContext ctx) {
        return new Expr.ArrayType(b.pos(ctx), expr(ctx.arrayLength().expr()), type(ctx.type_()));
    }

    private Expr sliceType(SliceTypeContext ctx) {
        return new Expr.ArrayType(b.pos(ctx), null, type(ctx.type_()));
    }

    private Expr mapType(MapTypeContext ctx) {
        return new Expr.MapType(b.pos(ctx), type(ctx.type_(0)), type(ctx.type_(1)));
    }

    private Expr structType(StructTypeContext ctx) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : ctx.fieldDecl()) {
            String tag = f.tag() == null ? null : b.literalText(f.tag().getStart());
            if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.MUL() != null) {
                    t = new Expr.StarExpr(b.pos(e), t);
                }
                fields.add(new Field(b.pos(f), List.of(), t, tag));
            } else {
                fields.add(new Field(b.pos(f), b.idents(f.identifierList()), type(f.type_()), tag));
            }
        }
        return new Expr.StructType(b.pos(ctx), fields);
    }

    private Expr interfaceType(InterfaceTypeContext ctx) {
        List<Field> methods = new ArrayList<>();
        for (InterfaceElemContext m : ctx.interfaceElem()) {
            if (m.signature() != null) {
                Expr.Ident name = b.ident(m.IDENT());
                methods.add(new Field(name.pos(), List.of(name), funcType(name.pos(), m.signature()), null));
            } else {
                methods.add(new Field(b.pos(m), List.of(), typeName(m.typeName()), null));
            }
        }
        return new Expr.InterfaceType(b.pos(ctx), methods);
    }

    Expr.FuncType funcType(Pos p, SignatureContext ctx) {
        List<Field> results = List.of();
        ResultContext r = ctx.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = parameters(r.parameters());
            } else {
                Expr t = r.typeName() != null ? typeName(r.typeName()) : typeLit(r.typeLit());
                results = List.of(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(p, parameters(ctx.parameters()), results);
    }

    /**
     * Go's grouping of a parameter list: when any entry is `name Type`, the bare identifiers before
     * it are further names of that type; otherwise every entry is a type.
     */
    List<Field> parameters(ParametersContext ctx) {
        List<ParameterDeclContext> decls = ctx.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) {
            named |= d.IDENT() != null;
        }
        List<Field> out = new ArrayList<>();
        if (!named) {
            for (ParameterDeclContext d : decls) {
                Expr t = paramType(d);
                out.add(new Field(t.pos(), List.of(), t, null));
            }
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() != null) {
                pending.add(b.ident(d.IDENT()));
                out.add(new Field(pending.get(0).pos(), List.copyOf(pending), paramType(d), null));
                pending.clear();
            } else if (d.ELLIPSIS() == null && d.type_().typeName() != null
                    && d.type_().typeName().IDENT().size() == 1) {
                pending.add(b.ident(d.type_().typeName().IDENT(0)));
            } else {
                b.syntaxError(b.pos(d), "mixed named and unnamed parameters");
                return out;
            }
        }
        if (!pending.isEmpty()) {
            b.syntaxError(pending.get(pending.size() - 1).pos(), "mixed named and unnamed parameters");
        }
        return out;
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        if (d.ELLIPSIS() != null) {
            return new Expr.Ellipsis(b.pos(d.ELLIPSIS()), t);
        }
        return t;
    }

    static Token binaryOp(int type) {
        return switch (type) {
            case GoParser.MUL -> Token.MUL;
            case GoParser.QUO -> Token.QUO;
            case GoParser.REM -> Token.REM;
            case GoParser.SHL -> Token.SHL;
            case GoParser.SHR -> Token.SHR;
            case GoParser.AND -> Token.AND;
            case GoParser.AND_NOT -> Token.AND_NOT;
            case GoParser.ADD -> Token.ADD;
            case GoParser.SUB -> Token.SUB;
            case GoParser.OR -> Token.OR;
            case GoParser.XOR -> Token.XOR;
            case GoParser.EQL -> Token.EQL;
            case GoParser.NEQ -> Token.NEQ;
            case GoParser.LSS -> Token.LSS;
            case GoParser.LEQ -> Token.LEQ;
            case GoParser.GTR -> Token.GTR;
            case GoParser.GEQ -> Token.GEQ;
            case GoParser.LAND -> Token.LAND;
            default -> Token.LOR;
        };
    }
}
