package dev.parley.mail.sieve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bad scripts are refused at upload time with the line, column and reason ManageSieve returns. */
class SieveErrorTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # script (\\n = newline)                                           | line:col | message
            `keep;\\n\\nfileinto "x";`                                         | 3:1  | line 3: fileinto requires "fileinto" in require
            `frobnicate;`                                                      | 1:1  | line 1: unknown command "frobnicate"
            `require "fileinto";\\nkeep;\\nrequire "reject";`                  | 3:1  | line 3: require must come before any other command
            `require "x-unknown";`                                             | 1:1  | line 1: unsupported extension "x-unknown"
            `if true { keep; }\\nif frob { keep; }`                            | 2:4  | line 2: unknown test "frob"
            `if keep { stop; }`                                                | 1:4  | line 1: "keep" is a command, not a test
            `if header :is :contains "a" "b" { keep; }`                        | 1:15 | line 1: :contains conflicts with :is in header
            `if header :is :is "a" "b" { keep; }`                              | 1:15 | line 1: duplicate tag :is in header
            `if header :over "a" "b" { keep; }`                                | 1:11 | line 1: unknown tag :over for header
            `if header "a" { keep; }`                                          | 1:4  | line 1: header expects 2 positional arguments but got 1
            `if size 10 { keep; }`                                             | 1:4  | line 1: size needs :over or :under
            `if size :over "10" { keep; }`                                     | 1:15 | line 1: size argument 1 must be a number
            `redirect ["a@b.c", "d@e.f"];`                                     | 1:10 | line 1: redirect argument 1 must be a string
            `keep`                                                             | 1:5  | line 1: expected ";" or "{" after keep but found end of script
            `if true keep;`                                                    | 1:4  | line 1: true takes no test but got 1
            `if true;`                                                         | 1:1  | line 1: if needs a block
            `keep { }`                                                         | 1:1  | line 1: keep does not take a block
            `else { keep; }`                                                   | 1:1  | line 1: else without a preceding if
            `if true { keep; }\\nstop;\\nelsif false { keep; }`                | 3:1  | line 3: elsif without a preceding if
            `if { keep; }`                                                     | 1:1  | line 1: if takes exactly one test but got 0
            `if allof () { keep; }`                                            | 1:11 | line 1: expected a test but found ")"
            `if true {\\n  keep;\\n`                                           | 3:1  | line 3: expected "}" to close the block of if but found end of script
            `if header :is ["a" "b"] "c" { keep; }`                            | 1:20 | line 1: expected "," or "]" in the string list but found string
            `keep; "unterminated`                                              | 1:7  | line 1: unterminated quoted string
            `/* never closed\\nkeep;`                                          | 1:1  | line 1: unterminated bracket comment
            `require "reject";\\nreject text:\\nno dot line\\n`                | 2:8  | line 2: unterminated multi-line string (missing "." line)
            `if size :over 10X { keep; }`                                      | 1:15 | line 1: invalid number suffix 'X'
            `keep; @`                                                          | 1:7  | line 1: unexpected character '@'
            `require "copy";\\nkeep :copy;`                                    | 2:6  | line 2: unknown tag :copy for keep
            `require "fileinto";\\nfileinto :copy "x";`                        | 2:1  | line 2: :copy requires "copy" in require
            `require "fileinto";\\nfileinto :flags "x" "y";`                   | 2:1  | line 2: :flags requires "imap4flags" in require
            `if header :count "ge" "a" "1" { keep; }`                          | 1:4  | line 1: :count requires "relational" in require
            `require "relational";\\nif header :value "gr" "a" "1" { keep; }`  | 2:4  | line 2: invalid relational operator "gr" for :value (expected gt, ge, lt, le, eq or ne)
            `require "relational";\\nif header :count :is "a" "1" { keep; }`   | 2:11 | line 2: :count needs a string argument in header
            `if header :comparator "i;frob" "a" "b" { keep; }`                 | 1:4  | line 1: unknown comparator "i;frob"
            `if header :comparator "i;ascii-numeric" "a" "b" { keep; }`        | 1:4  | line 1: comparator "i;ascii-numeric" requires "comparator-i;ascii-numeric" in require
            `require "comparator-i;ascii-numeric";\\nif header :contains :comparator "i;ascii-numeric" "a" "1" { keep; }` | 2:4 | line 2: comparator "i;ascii-numeric" does not support :contains
            `require "variables";\\nset "1bad" "x";`                           | 2:1  | line 2: invalid variable name "1bad"
            `require "variables";\\nset :lower :upper "a" "x";`                | 2:12 | line 2: :upper conflicts with :lower in set
            `set "a" "b";`                                                     | 1:1  | line 1: set requires "variables" in require
            `require "envelope";\\nif envelope "auth" "x" { keep; }`           | 2:4  | line 2: unsupported envelope part "auth"
            `require "vacation";\\nvacation :days 0 "away";`                   | 2:1  | line 2: vacation :days must be at least 1
            `require "vacation";\\nvacation :days 3 :seconds 9 "away";`        | 2:18 | line 2: :seconds conflicts with :days in vacation
            `require "vacation";\\nvacation :days "3" "away";`                 | 2:10 | line 2: :days needs a number argument in vacation
            `if address :user "to" "x" { keep; }`                              | 1:4  | line 1: :user requires "subaddress" in require
            `require "body";\\nif body :raw :text "x" { keep; }`               | 2:14 | line 2: :text conflicts with :raw in body
            `if header "a" :is "b" { keep; }`                                  | 1:15 | line 1: tag :is must come before the positional arguments of header
            `if true { require "fileinto"; }`                                  | 1:11 | line 1: require is not allowed inside a block
            `if not (true, false) { keep; }`                                   | 1:4  | line 1: not takes exactly one test but got 2
            `keep :flags "x";`                                                 | 1:1  | line 1: :flags requires "imap4flags" in require
            """)
    void badScriptIsRejectedWithPosition(String script, String position, String message) {
        SieveException e = assertThrows(SieveException.class,
                () -> SieveFixture.SIEVE.compile(script.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.line() + ":" + e.column());
    }

    @ParameterizedTest(name = "nesting depth {0}")
    @CsvSource({"40"})
    void deepNestingIsRejected(int depth) {
        String script = "if true { ".repeat(depth) + "keep;" + " }".repeat(depth);
        SieveException e = assertThrows(SieveException.class, () -> SieveFixture.SIEVE.compile(script));
        assertEquals("line 1: nesting too deep (limit 32)", e.getMessage());
    }
}
