using System.Runtime.CompilerServices;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Whether a compilation is a test project: its assembly name (…Tests, ….Test, ….Specs, a dotted part such as
/// Shop.Tests.Integration, an acronym followed by "test" such as AuthorizeNETtest) or a test framework reference.
/// </summary>
internal static class TestProjects
{
    /// <summary>
    /// Whether a file lies in a test folder (<c>tests/</c>, <c>Test/</c>, <c>Shop.Tests/</c>, <c>Shop.IntegrationTests/</c>,
    /// <c>E2ETests/</c>) at most two levels up, or is named like a test class (<c>OrderTests.cs</c>): test code, also when
    /// several projects are compiled together or the project is not restored yet.
    /// </summary>
    public static bool IsTestFile(SyntaxTree? tree)
    {
        string? path = tree?.FilePath;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        // The file name and the two folders above it only: a test project's files sit right under it or one folder
        // deeper (Shop.Tests/Orders/OrderTests.cs, Shop.E2ETests/Infrastructure/Client.cs), while a repository's
        // own "tests/" root further up also holds fixtures and sample code that is not test code.
        int end = path!.Length;
        for (int level = 0; level < 3 && end > 0; level++)
        {
            int separator = end - 1;
            while (separator >= 0 && path[separator] != '/' && path[separator] != '\\')
            {
                separator--;
            }

            int start = separator + 1;
            if (end - start > 0 && IsTestSegment(path, start, end - start, isFileName: level == 0))
            {
                return true;
            }

            end = separator;
        }

        return false;
    }

    /// <summary>
    /// Whether a file is test code for the card-data member rules: <see cref="IsTestFile"/>, or one of the two folders
    /// above it is named like a test project also in the singular (<c>CardApp/UnitTest/CardModel.cs</c>,
    /// <c>Shop.IntegrationTest/Fakes/Card.cs</c>). Deeper folders are not looked at: an absolute path's ancestors
    /// (a checkout under <c>Acme.Tests/</c>) say nothing about the file. A test project compiled on its own is
    /// recognised by <see cref="IsTestProject"/>.
    /// </summary>
    public static bool IsInTestProjectFolder(SyntaxTree? tree)
    {
        if (IsTestFile(tree))
        {
            return true;
        }

        string? path = tree?.FilePath;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        int end = path!.Length;
        for (int level = 0; level < 3 && end > 0; level++)
        {
            int separator = end - 1;
            while (separator >= 0 && path[separator] != '/' && path[separator] != '\\')
            {
                separator--;
            }

            if (level > 0 && end - separator - 1 > 0 && IsTestProjectFolder(path.Substring(separator + 1, end - separator - 1)))
            {
                return true;
            }

            end = separator;
        }

        return false;
    }

    private static bool IsTestProjectFolder(string segment)
        => HasInnerTestPart(segment, 0, segment.Length) || EndsWithTestAfterAcronym(segment, 0, segment.Length)
            || EndsWithAny(segment, 0, segment.Length, TestProjectSuffixes) || EndsWithAny(segment, 0, segment.Length, SingularTestProjectSuffixes);

    // How test project and folder names end (Shop.Tests, Shop.UnitTests, Shop.E2ETests, Shop.Specs): one list for
    // files, folders and assembly names, so that the three checks cannot drift apart.
    private static readonly string[] TestProjectSuffixes = { ".Tests", ".Test", "UnitTests", "IntegrationTests", "E2ETests", ".Specs" };

    // The singular forms (Shop.UnitTest) count only for the card-data member rules' folder check, which looks at the
    // two folders right above a file.
    private static readonly string[] SingularTestProjectSuffixes = { "UnitTest", "IntegrationTest" };

    private static bool EndsWithAny(string path, int start, int length, string[] suffixes)
    {
        foreach (string suffix in suffixes)
        {
            if (EndsWith(path, start, length, suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Called for every property reference and invocation of some rules: compares in place instead of taking substrings.
    private static bool IsTestSegment(string path, int start, int length, bool isFileName)
    {
        if (isFileName)
        {
            return EndsWith(path, start, length, "Tests.cs", StringComparison.Ordinal) || EndsWith(path, start, length, "Test.cs", StringComparison.Ordinal);
        }

        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        return (length == 4 && EndsWith(path, start, length, "test", IgnoreCase)) || (length == 5 && EndsWith(path, start, length, "tests", IgnoreCase))
            || EndsWithAny(path, start, length, TestProjectSuffixes)
            || HasInnerTestPart(path, start, length) || EndsWithTestAfterAcronym(path, start, length) || EndsWithTestWord(path, start, length);
    }

    // CloudIpspSdkTest, PaymentApiTests (issue 18, set 18: a processor SDK's test project): "Test" or "Tests" as the last
    // PascalCase word, right after a lower-case letter or a digit; "Latest", "Contest", "Attest" end in a lower-case word.
    private static bool EndsWithTestWord(string path, int start, int length)
    {
        int wordLength = EndsWith(path, start, length, "Tests", StringComparison.Ordinal) ? 5 : EndsWith(path, start, length, "Test", StringComparison.Ordinal) ? 4 : 0;
        if (wordLength == 0 || length <= wordLength)
        {
            return false;
        }

        char before = path[start + length - wordLength - 1];
        return char.IsLower(before) || char.IsDigit(before);
    }

    // Shop.Tests.Integration, Shop.Test.Unit: a dotted "Tests"/"Test" part that is not the last one (the last one is
    // matched by the suffix checks).
    private static bool HasInnerTestPart(string path, int start, int length)
        => path.IndexOf(".Tests.", start, length, StringComparison.OrdinalIgnoreCase) >= 0
            || path.IndexOf(".Test.", start, length, StringComparison.OrdinalIgnoreCase) >= 0;

    // AuthorizeNETtest, PaymentAPItest: "test" in lower case right after an upper-case acronym is its own word, while
    // "Latest", "Contest" or "Attest" end in a lower-case word that merely contains it.
    private static bool EndsWithTestAfterAcronym(string path, int start, int length)
        => length >= 6 && EndsWith(path, start, length, "test", StringComparison.Ordinal)
            && char.IsUpper(path[start + length - 5]) && char.IsUpper(path[start + length - 6]);

    private static bool EndsWith(string path, int start, int length, string suffix, StringComparison comparison)
        => length >= suffix.Length && string.Compare(path, start + length - suffix.Length, suffix, 0, suffix.Length, comparison) == 0;

    // Seven rules ask at compilation start; the answer is worked out once per compilation.
    private static readonly ConditionalWeakTable<Compilation, object> TestProjectAnswers = new();
    private static readonly object Yes = new(), No = new();

    public static bool IsTestProject(Compilation compilation)
        => TestProjectAnswers.GetValue(compilation, static c => ComputeIsTestProject(c) ? Yes : No) == Yes;

    private static bool ComputeIsTestProject(Compilation compilation)
    {
        // ShopTests, Shop.Tests, Shop.IntegrationTests, Shop.Test, Shop.Specs, Shop.Tests.Integration, AuthorizeNETtest. (Not
        // a bare PascalCase "Test" ending as for folders: an assembly such as FinGuardTest or SpeedTest may be product code.)
        string? name = compilation.AssemblyName;
        if (name != null && (name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || EndsWithAny(name, 0, name.Length, TestProjectSuffixes)
            || HasInnerTestPart(name, 0, name.Length) || EndsWithTestAfterAcronym(name, 0, name.Length)))
        {
            return true;
        }

        foreach (AssemblyIdentity reference in compilation.ReferencedAssemblyNames)
        {
            switch (reference.Name)
            {
                case "xunit.core":
                case "xunit.v3.core":
                case "nunit.framework":
                case "Microsoft.VisualStudio.TestPlatform.TestFramework":
                case "TUnit.Core":
                    return true;
            }
        }

        return false;
    }
}
