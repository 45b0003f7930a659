using System;
using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers.Recognition
{
    /// <summary>Whether a compilation is a test project: its assembly name (…Tests, ….Test, ….Specs) or a test framework reference.</summary>
    internal static class TestProjects
    {
        /// <summary>
        /// Whether a file lies in a test folder (<c>tests/</c>, <c>Test/</c>, <c>Shop.Tests/</c>, <c>Shop.IntegrationTests/</c>,
        /// <c>E2ETests/</c>) or is named like a test class (<c>OrderTests.cs</c>): test code, also when several projects are
        /// compiled together or the project is not restored yet.
        /// </summary>
        public static bool IsTestFile(SyntaxTree? tree)
        {
            string? path = tree?.FilePath;
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            int start = 0;
            for (int i = 0; i <= path!.Length; i++)
            {
                if (i == path.Length || path[i] == '/' || path[i] == '\\')
                {
                    int length = i - start;
                    if (length > 0 && IsTestSegment(path, start, length, isFileName: i == path.Length))
                    {
                        return true;
                    }

                    start = i + 1;
                }
            }

            return false;
        }

        private static bool IsTestSegment(string path, int start, int length, bool isFileName)
        {
            string segment = path.Substring(start, length);
            if (isFileName)
            {
                return segment.EndsWith("Tests.cs", StringComparison.Ordinal) || segment.EndsWith("Test.cs", StringComparison.Ordinal);
            }

            return segment.Equals("test", StringComparison.OrdinalIgnoreCase) || segment.Equals("tests", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith("UnitTests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("IntegrationTests", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith("E2ETests", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".Specs", StringComparison.OrdinalIgnoreCase);
        }

        public static bool IsTestProject(Compilation compilation)
        {
            string? name = compilation.AssemblyName;
            if (name != null && (name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".Specs", StringComparison.OrdinalIgnoreCase) || name.EndsWith("IntegrationTests", StringComparison.OrdinalIgnoreCase)))
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
}
