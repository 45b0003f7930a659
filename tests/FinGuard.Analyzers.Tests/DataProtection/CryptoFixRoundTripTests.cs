using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using static FinGuard.Analyzers.Tests.DataProtection.CryptoFixHarness;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    /// <summary>
    /// Behaviour of the crypto fixes, run as code: issue #25's three-mistakes program is compiled, run once to store
    /// values, fixed the way <c>dotnet format analyzers --diagnostics FG3003 FG3004</c> fixes it (Fix All at solution
    /// scope, in every ID order and whichever diagnostic picks the action), compiled again with FinGuard's generated
    /// helpers and run again: every stored value still reads back as itself (or fails loudly), new values round-trip,
    /// and every order gives the same source.
    /// </summary>
    public class CryptoFixRoundTripTests
    {
        private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        private static readonly byte[] FieldKey = Enumerable.Range(60, 32).Select(i => (byte)i).ToArray();
        private static readonly string[][] Orders = { new[] { "FG3003", "FG3004" }, new[] { "FG3004", "FG3003" } };

        [Fact]
        public async Task The_three_mistakes_program_gets_the_same_fixes_in_every_order_and_keeps_every_stored_value_readable()
        {
            Project original = await ProjectAsync(("/0/Program.cs", ThreeMistakesProgram.Source));

            // Run 1: the program as written stores its values.
            Assembly before = await LoadAsync(original);
            byte[] envelope = (byte[])Call(before, "Envelope", "Seal", Key, Bytes("IBAN DE89370400440532013000"))!;
            byte[][] batch = (byte[][])Call(before, "Envelope", "SealAll", Key, new[] { Bytes("first"), Bytes("second") })!;
            byte[] messages = (byte[])Call(before, "Messages", "SealBoth", Key, Bytes("one"), Bytes("two"))!;
            byte[] vaulted = (byte[])Call(Activator.CreateInstance(before.GetType("Vault")!, Key)!, "Protect", Bytes("routing 021000021"))!;
            string statement = (string)Call(Activator.CreateInstance(before.GetType("StatementCipher")!, Key)!, "Encrypt", "Statement 2026-11: balance 1042.10")!;
            string reference = (string)Call(Activator.CreateInstance(before.GetType("ReferenceCipher")!, Key)!, "Seal", "INV-2026-0042")!;

            // dotnet format, every ID order and either diagnostic first: one result.
            var results = new List<string>();
            foreach (string[] order in Orders)
            {
                foreach (Pick pick in new[] { Pick.First, Pick.Last })
                {
                    results.Add(await TextAsync(await FormatAsync(original, order, pick)));
                }
            }

            Assert.All(results, text => Assert.Equal(results[0], text));
            Project fixedProject = await FormatAsync(original, Orders[0]);
            string fixedText = await TextAsync(fixedProject);
            Assert.NotEqual(ThreeMistakesProgram.Source, fixedText);

            // The data-losing nonce fix is not applied to mistake 1 (one stored nonce for two ciphertexts): the finding stays.
            Assert.Contains(await AnalyzeAsync(fixedProject), d => d.Id == "FG3004" && d.GetMessage().Contains("reused for a second encryption"));

            // Run 2: the fixed program reads what run 1 stored, and round-trips new values.
            Assembly after = await LoadAsync(fixedProject);
            ConfigureFieldEncryption(after, FieldKey);

            Assert.Equal("IBAN DE89370400440532013000", Text((byte[])Call(after, "Envelope", "Open", Key, envelope)!));
            byte[] fresh1 = (byte[])Call(after, "Envelope", "Seal", Key, Bytes("IBAN"))!;
            byte[] fresh2 = (byte[])Call(after, "Envelope", "Seal", Key, Bytes("IBAN"))!;
            Assert.False(fresh1.Take(12).SequenceEqual(fresh2.Take(12)));
            Assert.Equal("IBAN", Text((byte[])Call(after, "Envelope", "Open", Key, fresh2)!));

            Assert.Equal(new[] { "first", "second" }, batch.Select(b => Text((byte[])Call(after, "Envelope", "Open", Key, b)!)));
            byte[][] newBatch = (byte[][])Call(after, "Envelope", "SealAll", Key, new[] { Bytes("a"), Bytes("b") })!;
            Assert.False(newBatch[0].Take(12).SequenceEqual(newBatch[1].Take(12)));
            Assert.Equal(new[] { "a", "b" }, newBatch.Select(b => Text((byte[])Call(after, "Envelope", "Open", Key, b)!)));

            Assert.Equal("two", Text((byte[])Call(after, "Messages", "OpenSecond", Key, messages)!));

            object vault = Activator.CreateInstance(after.GetType("Vault")!, Key)!;
            Assert.Equal("routing 021000021", Text((byte[])Call(vault, "Unprotect", vaulted)!));
            byte[] newVaulted = (byte[])Call(vault, "Protect", Bytes("routing 021000021"))!;
            Assert.Equal("routing 021000021", Text((byte[])Call(vault, "Unprotect", newVaulted)!));
            Assert.NotEqual(newVaulted, (byte[])Call(vault, "Protect", Bytes("routing 021000021"))!);
            byte[] tampered = (byte[])newVaulted.Clone();
            tampered[^1] ^= 1;
            Assert.Throws<CryptographicException>(() => Call(vault, "Unprotect", tampered));

            object statements = Activator.CreateInstance(after.GetType("StatementCipher")!, Key)!;
            Assert.Equal("Statement 2026-11: balance 1042.10", Call(statements, "Decrypt", statement));
            string newStatement = (string)Call(statements, "Encrypt", "Statement 2026-12")!;
            Assert.Equal("Statement 2026-12", Call(statements, "Decrypt", newStatement));
            byte[] tamperedStatement = Convert.FromBase64String(newStatement);
            tamperedStatement[^1] ^= 1;
            Assert.Throws<CryptographicException>(() => Call(statements, "Decrypt", Convert.ToBase64String(tamperedStatement)));

            object references = Activator.CreateInstance(after.GetType("ReferenceCipher")!, Key)!;
            Assert.Equal("INV-2026-0042", Call(references, "Open", reference));
            string newReference = (string)Call(references, "Seal", "INV-2026-0042")!;
            Assert.NotEqual(newReference, Call(references, "Seal", "INV-2026-0042"));
            Assert.Equal(8 + 16 + 16, Convert.FromBase64String(newReference).Length);
            Assert.Equal("INV-2026-0042", Call(references, "Open", newReference));
            byte[] truncated = Convert.FromBase64String(newReference)[..^1];
            Assert.Throws<CryptographicException>(() => Call(references, "Open", Convert.ToBase64String(truncated)));
        }

        [Theory]
        [InlineData("FinGuard.FG3003.UseFieldEncryption")]
        [InlineData("FinGuard.FG3003.RewriteWithFieldEncryption")]
        [InlineData("FinGuard.FG3004.FillWithRandomBytes")]
        [InlineData("FinGuard.FG3004.GenerateAndStoreIv")]
        public async Task Each_lightbulb_fix_alone_keeps_old_values_readable_and_round_trips_new_ones(string equivalenceKey)
        {
            Project original = await ProjectAsync(("/0/Program.cs", ThreeMistakesProgram.Source));
            Assembly before = await LoadAsync(original);
            Project fixedProject = await ApplyOneAsync(original, equivalenceKey);
            Assert.NotEqual(ThreeMistakesProgram.Source, await TextAsync(fixedProject));
            Assembly after = await LoadAsync(fixedProject);
            ConfigureFieldEncryption(after, FieldKey);

            foreach ((string type, string write, string read, object value) in Cases)
            {
                object oldInstance = Instance(before, type);
                object newInstance = Instance(after, type);
                object stored = Call(oldInstance, write, value)!;
                Assert.Equal(Show(value), Show(Call(newInstance, read, stored)!));
                object fresh = Call(newInstance, write, value)!;
                Assert.Equal(Show(value), Show(Call(newInstance, read, fresh)!));
            }
        }

        // Instance wrappers over the program's types: (type, write method, read method, value).
        private static readonly (string Type, string Write, string Read, object Value)[] Cases =
        {
            ("Vault", "Protect", "Unprotect", Bytes("routing 021000021")),
            ("StatementCipher", "Encrypt", "Decrypt", "Statement 2026-11"),
            ("ReferenceCipher", "Seal", "Open", "INV-2026-0042"),
            ("EnvelopeBox", "Seal", "Open", Bytes("IBAN DE89370400440532013000")),
        };

        private static object Instance(Assembly assembly, string type)
            => type == "EnvelopeBox" ? new EnvelopeBox(assembly) : Activator.CreateInstance(assembly.GetType(type)!, Key)!;

        private static string Show(object value) => value is byte[] bytes ? Convert.ToBase64String(bytes) : (string)value;

        private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

        private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

        /// <summary>The static Envelope methods as an instance with Seal/Open, so the case table can treat every type alike.</summary>
        public sealed class EnvelopeBox
        {
            private readonly Assembly _assembly;

            public EnvelopeBox(Assembly assembly) => _assembly = assembly;

            public byte[] Seal(byte[] plaintext) => (byte[])Call(_assembly, "Envelope", "Seal", Key, plaintext)!;

            public byte[] Open(byte[] stored) => (byte[])Call(_assembly, "Envelope", "Open", Key, stored)!;
        }
    }
}
