package gomini.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of Go input: Enter on an unfinished input ({@link Completeness}) asks for another line
 * (JLine shows the continuation prompt and keeps the whole input as one history entry); for completion
 * the word at the cursor is a run of identifier characters and dots ({@code time.Sl}).
 */
final class GoLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && Completeness.incomplete(line)) {
            throw new EOFError(-1, cursor, "unfinished input");
        }
        int start = Math.min(cursor, line.length());
        while (start > 0 && wordChar(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && line.charAt(start - 1) == ':' && line.substring(0, start - 1).isBlank()) {
            start--; // a command
        }
        int end = Math.min(cursor, line.length());
        while (end < line.length() && wordChar(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        int wordCursor = Math.min(cursor, line.length()) - start;
        return new CompletingParsedLine() {
            @Override
            public CharSequence escape(CharSequence candidate, boolean complete) {
                return candidate; // Go names need no quoting
            }

            @Override
            public int rawWordCursor() {
                return wordCursor;
            }

            @Override
            public int rawWordLength() {
                return word.length();
            }

            @Override
            public String word() {
                return word;
            }

            @Override
            public int wordCursor() {
                return wordCursor;
            }

            @Override
            public int wordIndex() {
                return 0;
            }

            @Override
            public List<String> words() {
                return List.of(word);
            }

            @Override
            public String line() {
                return line;
            }

            @Override
            public int cursor() {
                return cursor;
            }
        };
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
