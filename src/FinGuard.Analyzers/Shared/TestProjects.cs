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
            || segment.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)
            || segment.EndsWith("UnitTests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("UnitTest", StringComparison.OrdinalIgnoreCase)
            || segment.EndsWith("IntegrationTests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("IntegrationTest", StringComparison.OrdinalIgnoreCase)
            || segment.EndsWith("E2ETests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".Specs", StringComparison.OrdinalIgnoreCase);

    // Called for every property reference and invocation of some rules: compares in place instead of taking substrings.
    private static bool IsTestSegment(string path, int start, int length, bool isFileName)
    {
        if (isFileName)
        {
            return EndsWith(path, start, length, "Tests.cs", StringComparison.Ordinal) || EndsWith(path, start, length, "Test.cs", StringComparison.Ordinal);
        }

        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        return (length == 4 && EndsWith(path, start, length, "test", IgnoreCase)) || (length == 5 && EndsWith(path, start, length, "tests", IgnoreCase))
            || EndsWith(path, start, length, ".Tests", IgnoreCase) || EndsWith(path, start, length, ".Test", IgnoreCase)
            || EndsWith(path, start, length, "UnitTests", IgnoreCase) || EndsWith(path, start, length, "IntegrationTests", IgnoreCase)
            || EndsWith(path, start, length, "E2ETests", IgnoreCase) || EndsWith(path, start, length, ".Specs", IgnoreCase)
            || HasInnerTestPart(path, start, length) || EndsWithTestAfterAcronym(path, start, length);
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

    public static bool IsTestProject(Compilation compilation)
    {
        string? name = compilation.AssemblyName;
        if (name != null && (name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Specs", StringComparison.OrdinalIgnoreCase) || name.EndsWith("IntegrationTests", StringComparison.OrdinalIgnoreCase)
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
