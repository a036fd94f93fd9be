/*
 * Go's tokens. Semicolon insertion is not done here: NEWLINE and comments reach
 * gomini.syntax.GoLexer, which turns the right newlines into ';' (as go/scanner does).
 * Malformed literals get tokens of their own so that the scanner, not the parser,
 * reports them in Go's words.
 */
lexer grammar GoTokens;

// keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENT : LETTER (LETTER | [0-9])*;

// punctuation
L_PAREN   : '(';
R_PAREN   : ')';
L_CURLY   : '{';
R_CURLY   : '}';
L_BRACKET : '[';
R_BRACKET : ']';
ASSIGN    : '=';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
DOT       : '.';
ELLIPSIS  : '...';
INC       : '++';
DEC       : '--';
DEFINE    : ':=';

// operators
LOR     : '||';
LAND    : '&&';
EQL     : '==';
NEQ     : '!=';
LSS     : '<';
LEQ     : '<=';
GTR     : '>';
GEQ     : '>=';
OR      : '|';
ADD     : '+';
SUB     : '-';
XOR     : '^';
MUL     : '*';
QUO     : '/';
REM     : '%';
SHL     : '<<';
SHR     : '>>';
AND     : '&';
AND_NOT : '&^';
NOT     : '!';
ARROW   : '<-';

ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';

// literals: numbers are matched loosely (any digits and '_' after a prefix) and validated by
// GoLexer, which reports Go's "invalid digit" messages.
IMAG_LIT  : (DEC_DIGITS | DEC_FLOAT | HEX_FLOAT | PREFIXED_INT) 'i';
FLOAT_LIT : DEC_FLOAT | HEX_FLOAT;
INT_LIT   : DEC_DIGITS | PREFIXED_INT;

RUNE_LIT       : '\'' (~['\\\r\n] | ESCAPE)* '\'';
STRING_LIT     : '"' (~["\\\r\n] | ESCAPE)* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// unterminated literals and comments: they lose to the terminated forms by being shorter
BAD_RUNE    : '\'' (~['\\\r\n] | ESCAPE)* '\\'?;
BAD_STRING  : '"' (~["\\\r\n] | ESCAPE)* '\\'?;
BAD_RAW     : '`' ~'`'*;
BAD_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;

COMMENT      : '/*' .*? '*/';
LINE_COMMENT : '//' ~[\r\n]*;
NEWLINE      : '\r'? '\n';
WS           : [ \t\r\u000C]+ -> skip;
BOM          : '\uFEFF';
INVALID_CHAR : .;

fragment ESCAPE             : '\\' ~[\r\n];
// Like Go's scanner, an identifier takes in any character beyond ASCII, and GoLexer reports those that
// are not letters (or digits, after the first) in Go's words. Not the BOM, which has a message of its own,
// nor U+FFFD, which stands for bytes that are not UTF-8. Unicode's letter classes here instead would cost
// every run ~10 ms: their 700 ranges make most of this lexer's ATN, deserialized at start-up.
fragment LETTER             : [a-zA-Z_] | NON_ASCII;
fragment NON_ASCII          : [\u0080-\uFEFE\uFF00-\uFFFC\uFFFE-\u{10FFFF}];
fragment DEC_DIGITS         : [0-9] [0-9_]*;
fragment PREFIXED_INT       : '0' ([xX] [0-9a-fA-F_]* | [bBoO] [0-9_]*);
fragment DEC_FLOAT
    : [0-9] [0-9_]* '.' [0-9_]* DEC_EXP?
    | [0-9] [0-9_]* DEC_EXP
    | '.' [0-9] [0-9_]* DEC_EXP?
    ;
fragment DEC_EXP   : [eE] [+-]? [0-9_]*;
fragment HEX_FLOAT : '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? [pP] [+-]? [0-9_]*;
