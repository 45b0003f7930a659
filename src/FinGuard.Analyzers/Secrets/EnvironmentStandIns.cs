using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Secrets;

/// <summary>
/// FG4003: a value in a development or test environment's own settings file that names that environment in its words
/// (issue 18, set 25): <c>appsettings.Development.json</c>'s
/// <c>"Secret": "dev-secret-key-minimum-32-characters-long-for-development"</c> or
/// <c>"DevelopmentSecretKeyThatIsAtLeast32CharactersLong!"</c>, <c>appsettings.test.json</c>'s
/// <c>"Password": "test_password"</c> and <c>"test_jwt_secret_key_for_tests_only"</c>. The file is read only where
/// ASP.NET Core runs in that environment, and a value that spells out "dev key for development" is a stand-in its author
/// wrote so the app starts, not a credential of a deployed system; the base <c>appsettings.json</c> that production
/// reads is judged as before, whatever its value says, and a value it holds too is reported in both files
/// (<see cref="BaseSettingsHold"/>). Only self-describing values count: every run of letters and digits
/// is a word or a number (<c>AtLeast32</c> splits into both) and at most a third of the words have one or two letters, so a generated value that happens to start with
/// <c>dev</c> (<c>dev8f3kQ2j4h...</c>) stays reported, and so do values of a known key format (a Stripe <c>sk_test_</c> key),
/// private keys and connection strings, which <see cref="AppliesTo"/> leaves out.
/// </summary>
internal static class EnvironmentStandIns
{
    private static readonly string[] DevelopmentWords = { "dev", "development", "local" };
    private static readonly string[] TestWords = { "test", "tests", "testing" };

    /// <summary>The kinds of finding a stand-in can be: named secrets, passwords and token signing keys (not key formats).</summary>
    public static bool AppliesTo(string what) => what is "a credential" or "a password" or "a token signing key";

    /// <summary>True when <paramref name="quotedValue"/>, found in the settings file <paramref name="fileName"/>, names that file's environment (see the type's summary).</summary>
    public static bool IsStandIn(string fileName, string quotedValue)
    {
        string[]? words = EnvironmentWords(fileName);
        if (words == null)
        {
            return false;
        }

        string value = quotedValue.Trim().Trim('"', '\'');
        bool namesEnvironment = false;
        int wordCount = 0;
        int shortWords = 0;

        // One word per run of letters, split at each lower-to-upper step (TestKey) and at digits (AtLeast32).
        foreach (string word in IdentifierWords.Split(value))
        {
            if (char.IsDigit(word[0]) && char.IsDigit(word[word.Length - 1]))
            {
                continue;
            }

            if (!LooksLikeWord(word))
            {
                return false;
            }

            namesEnvironment |= System.Array.IndexOf(words, word) >= 0;
            wordCount++;
            shortWords += word.Length <= 2 ? 1 : 0;
        }

        // Words, not letters chopped out of a generated value: "devQ8fkZ2pLw..." splits into dev, q, fk, z, p, lw...
        return namesEnvironment && wordCount >= 2 && shortWords * 3 <= wordCount;
    }

    /// <summary>
    /// True when the base <c>appsettings.json</c> beside <paramref name="file"/> holds the same quoted value: then the value
    /// is the key every environment runs with, production included (issue 18, set 23: a signing key written in both files
    /// is the real key, whatever its words say), and it is reported in both.
    /// </summary>
    public static bool BaseSettingsHold(AdditionalText file, ImmutableArray<AdditionalText> files, string quotedValue, System.Threading.CancellationToken cancellationToken)
    {
        string? directory = System.IO.Path.GetDirectoryName(file.Path);
        foreach (AdditionalText other in files)
        {
            if (string.Equals(System.IO.Path.GetFileName(other.Path), "appsettings.json", System.StringComparison.OrdinalIgnoreCase)
                && string.Equals(System.IO.Path.GetDirectoryName(other.Path), directory, System.StringComparison.Ordinal)
                && other.GetText(cancellationToken) is { } text && text.ToString().IndexOf(quotedValue, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // appsettings.Development.json, appsettings.Dev.json, appsettings.Local.json, appsettings.Test.json,
    // appsettings.Testing.json (any case): the environment is the name's middle part.
    private static string[]? EnvironmentWords(string fileName)
    {
        const string Prefix = "appsettings.";
        if (fileName.Length <= Prefix.Length + ".json".Length || !fileName.StartsWith(Prefix, System.StringComparison.OrdinalIgnoreCase)
            || !fileName.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string environment = fileName.Substring(Prefix.Length, fileName.Length - Prefix.Length - ".json".Length).ToLowerInvariant();
        return environment switch
        {
            "development" or "dev" or "local" => DevelopmentWords,
            "test" or "tests" or "testing" => TestWords,
            _ => null,
        };
    }

    // A word has a vowel (or y) and no run of four consonants: "secret", "characters", "jwt" (an acronym of three), not
    // "kq8fz" cut into "kq" and "fz" by digits, nor "bxtrw".
    private static bool LooksLikeWord(string word)
    {
        if (word.Length <= 3)
        {
            return true;
        }

        int consonants = 0;
        bool vowel = false;
        foreach (char c in word)
        {
            if ("aeiouy".IndexOf(c) >= 0)
            {
                vowel = true;
                consonants = 0;
            }
            else if (++consonants >= 4)
            {
                return false;
            }
        }

        return vowel;
    }
}
