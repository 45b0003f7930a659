namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Damaged copies of a source file, the way an IDE shows code to analyzers while it is typed: truncated,
/// tokens deleted or duplicated, braces unbalanced, junk mid-expression. Deterministic for a given
/// <see cref="Random"/>. Shared (linked) by RobustnessTests, CodeFixRobustnessTests and the benchmark tool's
/// large robustness run, so all three feed the same kind of input.
/// </summary>
public static class SourceDamage
{
    /// <summary>An endless sequence of damaged copies of <paramref name="text"/>; take as many as needed.</summary>
    public static IEnumerable<string> Damage(string text, Random random)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        while (true)
        {
            int at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    yield return text.Substring(0, at); // truncated while typing
                    break;
                case 1:
                    int length = Math.Min(random.Next(1, 12), text.Length - at);
                    yield return text.Remove(at, length); // tokens deleted
                    break;
                case 2:
                    int copy = Math.Min(random.Next(1, 20), text.Length - at);
                    yield return text.Insert(at, text.Substring(at, copy)); // tokens duplicated
                    break;
                case 3:
                    yield return text.Insert(at, random.Next(2) == 0 ? "{" : "}"); // unbalanced braces
                    break;
                default:
                    yield return text.Insert(at, " new ( => ?. [ \" "); // junk mid-expression
                    break;
            }
        }
    }
}
