/*
 * The Go syntax that gomini runs (no generics). ';' tokens come from explicit semicolons and from
 * GoLexer's semicolon insertion, so no rule needs predicates for line ends.
 *
 * Go's one context-sensitive rule: in the header of if/for/switch, `T{` is not a composite literal
 * (the '{' opens the block). GoParserBase keeps a stack of nesting contexts (pushed by the rules
 * named *Header, and by parentheses, brackets and braces, which lift the restriction again), and
 * the composite literal of a type name is guarded by {nameLiteralAllowed()}?.
 */
parser grammar GoParser;

options {
    tokenVocab = GoTokens;
    superClass = GoParserBase;
}

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENT
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENT)? importPath
    ;

importPath
    : STRING_LIT
    | RAW_STRING_LIT
    ;

topLevelDecl
    : declaration
    | funcDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

constSpec
    : identifierList (type_? ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

typeSpec
    : IDENT ASSIGN? type_
    ;

identifierList
    : IDENT (COMMA IDENT)*
    ;

funcDecl
    : FUNC receiver? IDENT signature block?
    ;

receiver
    : parameters
    ;

// ---------------------------------------------------------------- types

type_
    : typeName
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName
    : IDENT (DOT IDENT)?
    ;

typeLit
    : pointerType
    | nonNameType
    ;

// type literals that may stand where an expression is expected: make([]int, n), []byte(s)
nonNameType
    : arrayType
    | sliceType
    | mapType
    | chanType
    | funcType
    | structType
    | interfaceType
    ;

arrayType
    : L_BRACKET arrayLength R_BRACKET type_
    ;

arrayLength
    : expr
    ;

sliceType
    : L_BRACKET R_BRACKET type_
    ;

pointerType
    : MUL type_
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// `chan<- T` is tried first: the arrow binds to the leftmost chan possible
chanType
    : CHAN ARROW type_
    | ARROW CHAN type_
    | CHAN type_
    ;

funcType
    : FUNC signature
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | embeddedField) tag?
    ;

embeddedField
    : MUL? typeName
    ;

tag
    : STRING_LIT
    | RAW_STRING_LIT
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY
    ;

interfaceElem
    : IDENT signature
    | typeName
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | typeName
    | typeLit
    ;

// `a, b int` and `int, string` read alike: AstBuilder groups names with the type that follows
parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : IDENT? ELLIPSIS? type_
    ;

// ---------------------------------------------------------------- statements

block
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_CURLY statementList R_CURLY
    ;

statementList
    : statement (SEMI statement)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | branchStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    | emptyStmt
    ;

emptyStmt
    :
    ;

labeledStmt
    : IDENT COLON statement
    ;

// one rule for the statements that start with expressions (and for range clauses, which only a
// for header accepts): AstBuilder checks the arities
simpleStmt
    : expressionList (ARROW expr | INC | DEC | (ASSIGN | DEFINE) RANGE expr | assignOp expressionList
        | DEFINE expressionList)?
    ;

assignOp
    : ASSIGN
    | ADD_ASSIGN
    | SUB_ASSIGN
    | MUL_ASSIGN
    | QUO_ASSIGN
    | REM_ASSIGN
    | AND_ASSIGN
    | OR_ASSIGN
    | XOR_ASSIGN
    | SHL_ASSIGN
    | SHR_ASSIGN
    | AND_NOT_ASSIGN
    ;

goStmt
    : GO expr
    ;

deferStmt
    : DEFER expr
    ;

returnStmt
    : RETURN expressionList?
    ;

branchStmt
    : BREAK IDENT?
    | CONTINUE IDENT?
    | GOTO IDENT
    | FALLTHROUGH
    ;

ifStmt
    : IF ifHeader block (ELSE (ifStmt | block))?
    ;

ifHeader
    @init { enterHeader(); }
    @after { exitNesting(); }
    : simpleStmt (SEMI simpleStmt?)?
    | SEMI simpleStmt?
    ;

// a type switch is a switch whose last header statement is `x.(type)` or `v := x.(type)`
switchStmt
    : SWITCH switchHeader? L_CURLY caseClause* R_CURLY
    ;

switchHeader
    @init { enterHeader(); }
    @after { exitNesting(); }
    : simpleStmt (SEMI simpleStmt?)?
    | SEMI simpleStmt?
    ;

caseClause
    : (CASE argument (COMMA argument)* | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR forHeader? block
    ;

forHeader
    @init { enterHeader(); }
    @after { exitNesting(); }
    : RANGE expr
    | simpleStmt (SEMI expr? SEMI simpleStmt?)?
    | SEMI expr? SEMI simpleStmt?
    ;

// ---------------------------------------------------------------- expressions

expressionList
    : expr (COMMA expr)*
    ;

expr
    : unaryExpr
    | expr mulOp = (MUL | QUO | REM | SHL | SHR | AND | AND_NOT) expr
    | expr addOp = (ADD | SUB | OR | XOR) expr
    | expr relOp = (EQL | NEQ | LSS | LEQ | GTR | GEQ) expr
    | expr LAND expr
    | expr LOR expr
    ;

unaryExpr
    : primaryExpr
    | unaryOp = (ADD | SUB | NOT | XOR | MUL | AND | ARROW) unaryExpr
    ;

primaryExpr
    : operand
    | primaryExpr DOT IDENT
    | primaryExpr DOT L_PAREN type_ R_PAREN
    | primaryExpr DOT L_PAREN TYPE R_PAREN
    | primaryExpr index
    | primaryExpr slice
    | primaryExpr arguments
    ;

operand
    : basicLit
    | literalType literalValue
    | {nameLiteralAllowed()}? typeName literalValue
    | IDENT
    | funcLit
    | conversion
    | parenExpr
    | parenType
    ;

basicLit
    : INT_LIT
    | FLOAT_LIT
    | IMAG_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

literalType
    : structType
    | arrayType
    | L_BRACKET ELLIPSIS R_BRACKET type_
    | sliceType
    | mapType
    ;

literalValue
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;

keyedElement
    : (element COLON)? element
    ;

element
    : expr
    | literalValue
    ;

funcLit
    : FUNC signature block
    ;

conversion
    : nonNameType L_PAREN expr COMMA? R_PAREN
    ;

parenExpr
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_PAREN expr R_PAREN
    ;

parenType
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_PAREN nonNameType R_PAREN
    ;

index
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_BRACKET expr R_BRACKET
    ;

slice
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_BRACKET expr? COLON expr? R_BRACKET
    | L_BRACKET expr? COLON expr COLON expr R_BRACKET
    ;

arguments
    @init { enterNested(); }
    @after { exitNesting(); }
    : L_PAREN (argument (COMMA argument)* ELLIPSIS? COMMA?)? R_PAREN
    ;

argument
    : expr
    | nonNameType
    ;
