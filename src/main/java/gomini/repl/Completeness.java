package gomini.repl;

/**
 * Decides whether what the user typed so far is a whole input or needs more lines: an open brace,
 * paren or bracket, an unterminated raw string or block comment, or a trailing binary operator, comma
 * or dot means "continue on the next line" (as Go's semicolon insertion would not end the statement
 * there either). Anything else is complete; the parser reports what is wrong with it.
 */
final class Completeness {
    private Completeness() {}

    static boolean incomplete(String src) {
        int depth = 0;
        char last = 0;
        char beforeLast = 0;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            char ch = src.charAt(i);
            switch (ch) {
                case '"', '\'' -> {
                    int j = i + 1;
                    while (j < n && src.charAt(j) != ch && src.charAt(j) != '\n') {
                        j += src.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = Math.min(j, n);
                    beforeLast = last;
                    last = 'a'; // an operand
                    continue;
                }
                case '`' -> {
                    int j = src.indexOf('`', i + 1);
                    if (j < 0) {
                        return true;
                    }
                    i = j;
                    beforeLast = last;
                    last = 'a';
                    continue;
                }
                case '/' -> {
                    if (i + 1 < n && src.charAt(i + 1) == '/') {
                        int j = src.indexOf('\n', i);
                        i = j < 0 ? n : j - 1;
                        continue;
                    }
                    if (i + 1 < n && src.charAt(i + 1) == '*') {
                        int j = src.indexOf("*/", i + 2);
                        if (j < 0) {
                            return true;
                        }
                        i = j + 1;
                        continue;
                    }
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {}
            }
            if (!Character.isWhitespace(ch)) {
                beforeLast = last;
                last = ch;
            }
        }
        if (depth > 0) {
            return true;
        }
        if ((last == '+' || last == '-') && beforeLast == last) {
            return false; // x++ / x--
        }
        return "+-*/%&|^<>=!,.:".indexOf(last) >= 0 && last != 0;
    }
}
