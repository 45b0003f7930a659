// What FinGuard's helper generator emits into a project that names CardMasking (src/FinGuard.Generators/Helpers/CardMasking.cs):
// declared here because the corpus is compiled without running the generator.
namespace FinGuard.Security
{
    internal static class CardMasking
    {
        public static string Mask(string? pan) => Mask(pan, keepFirstSix: false);
        public static string Mask(string? pan, bool keepFirstSix) => pan == null ? string.Empty : new string('*', pan.Length);
        public static string LastFour(string? pan) => string.Empty;
    }
}

// What the generator emits into a project that names AuditTrail (src/FinGuard.Generators/Helpers/AuditTrail.cs), reduced to the calls the corpus makes.
namespace FinGuard.Security
{
    internal sealed class AuditRecord { }

    internal sealed class AuditTrail
    {
        public static AuditRecord Record(string action, string subject, string? actor = null, string? details = null) => new AuditRecord();
    }
}
