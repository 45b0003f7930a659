using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3004's fix for a static or hard-coded IV field on AES instance code: every method of the type that uses the
    /// field is rewritten together, so new ciphertexts keep round-tripping.
    /// <list type="bullet">
    /// <item>Encrypt side (<c>aes.IV = StaticIv;</c> or <c>aes.CreateEncryptor(key, StaticIv)</c>, output written to a
    /// <c>new MemoryStream()</c> through a <c>CryptoStream</c> and taken with <c>ms.ToArray()</c>): <c>aes.GenerateIV()</c>
    /// gives each call a fresh random IV, and <c>ms.Write(aes.IV, 0, aes.IV.Length)</c> stores it in front of the ciphertext.</item>
    /// <item>Decrypt side (<c>aes.IV = StaticIv;</c> or <c>aes.CreateDecryptor(key, StaticIv)</c>, input read from
    /// <c>new MemoryStream(stored)</c>): the IV becomes the first 16 bytes of <c>stored</c> and the stream starts after them.</item>
    /// </list>
    /// Offered only when the field is private to one type in one document, every use of it is one of these shapes, the
    /// algorithm is AES (16-byte IV), and at least one decrypt method is among them: if the decryption is out of sight,
    /// a prefixed IV would break it, and no fix beats a broken round trip. Values encrypted before the fix have no IV
    /// prefix and CBC cannot tell: the new decrypt returns them without their first block instead of failing, so they
    /// must be re-encrypted before the fix ships (title, comment and doc page say so).
    /// </summary>
    internal sealed class StaticIvRewrite
    {
        private const int AesIvSize = 16;

        private readonly List<Action<DocumentEditor>> _edits = new List<Action<DocumentEditor>>();

        private StaticIvRewrite(IFieldSymbol field, int methods)
        {
            Field = field;
            Title = $"Generate the IV per encryption and store it with the ciphertext ('{field.Name}' in {methods} methods; re-encrypt existing ciphertexts first)";
        }

        public IFieldSymbol Field { get; }

        public string Title { get; }

        public void Apply(DocumentEditor editor)
        {
            foreach (Action<DocumentEditor> edit in _edits)
            {
                edit(editor);
            }
        }

        public static StaticIvRewrite? Create(SemanticModel model, SyntaxNode root, SyntaxNode finding, CancellationToken cancellationToken)
        {
            if (finding is not ExpressionSyntax expression
                || model.GetSymbolInfo(expression, cancellationToken).Symbol is not IFieldSymbol field
                || field.DeclaredAccessibility != Accessibility.Private
                || field.DeclaringSyntaxReferences.Length != 1
                || field.DeclaringSyntaxReferences[0].SyntaxTree != root.SyntaxTree
                || field.ContainingType.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            // Every use of the field, grouped by method; a use anywhere else (another initializer, a property) is out of reach.
            var uses = new Dictionary<MethodDeclarationSyntax, List<ExpressionSyntax>>();
            foreach (IdentifierNameSyntax name in root.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name
                    || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, field))
                {
                    continue;
                }

                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (use.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
                {
                    return null;
                }

                if (!uses.TryGetValue(method, out List<ExpressionSyntax>? list))
                {
                    uses[method] = list = new List<ExpressionSyntax>();
                }

                list.Add(use);
            }

            var rewrite = new StaticIvRewrite(field, uses.Count);
            bool decrypts = false;
            bool encrypts = false;
            foreach (KeyValuePair<MethodDeclarationSyntax, List<ExpressionSyntax>> pair in uses)
            {
                if (pair.Value.Count != 1 || !Classify(model, pair.Value[0], cancellationToken, out ExpressionSyntax? algorithm, out StatementSyntax? statement, out bool isAssignment))
                {
                    return null;
                }

                bool encryptor = Calls(pair.Key, "CreateEncryptor");
                bool decryptor = Calls(pair.Key, "CreateDecryptor");
                if (encryptor == decryptor)
                {
                    return null;
                }

                bool planned = encryptor
                    ? rewrite.PlanEncrypt(model, pair.Key, pair.Value[0], algorithm!, statement!, isAssignment, cancellationToken)
                    : rewrite.PlanDecrypt(model, pair.Key, pair.Value[0], statement!, cancellationToken);
                if (!planned)
                {
                    return null;
                }

                encrypts |= encryptor;
                decrypts |= decryptor;
            }

            if (!encrypts || !decrypts)
            {
                return null;
            }

            // The field has no use left: drop it (a hard-coded IV is dead weight and a reviewer's false alarm).
            if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax declaration } })
            {
                rewrite._edits.Add(editor => editor.RemoveNode(declaration));
            }

            return rewrite;
        }

        // alg.IV = Field;  or  alg.CreateEncryptor(key, Field) / alg.CreateDecryptor(key, Field), alg a plain name of an AES type.
        private static bool Classify(SemanticModel model, ExpressionSyntax use, CancellationToken cancellationToken, out ExpressionSyntax? algorithm, out StatementSyntax? statement, out bool isAssignment)
        {
            algorithm = null;
            isAssignment = false;
            statement = use.FirstAncestorOrSelf<StatementSyntax>();
            if (statement?.Parent is not BlockSyntax)
            {
                return false;
            }

            if (use.Parent is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IV", Expression: IdentifierNameSyntax target } } assignment
                && assignment.Right == use && assignment.Parent is ExpressionStatementSyntax)
            {
                algorithm = target;
                isAssignment = true;
            }
            else if (use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2 } arguments } argument
                     && arguments.Arguments[1] == argument
                     && arguments.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateEncryptor" or "CreateDecryptor", Expression: IdentifierNameSyntax instance } })
            {
                algorithm = instance;
            }
            else
            {
                return false;
            }

            for (ITypeSymbol? type = model.GetTypeInfo(algorithm, cancellationToken).Type; type != null; type = type.BaseType)
            {
                if (type.Name == "Aes" && type.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
                {
                    return true;
                }
            }

            return false;
        }

        private bool PlanEncrypt(SemanticModel model, MethodDeclarationSyntax method, ExpressionSyntax use, ExpressionSyntax algorithm, StatementSyntax ivStatement, bool isAssignment, CancellationToken cancellationToken)
        {
            // The one output buffer: var ms = new MemoryStream(); ... new CryptoStream(ms, ...) ... ms.ToArray().
            List<ObjectCreationExpressionSyntax> buffers = Creations(model, method, "System.IO.MemoryStream", cancellationToken);
            if (buffers.Count != 1 || buffers[0].ArgumentList?.Arguments.Count is not (null or 0)
                || buffers[0].Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax buffer })
            {
                return false;
            }

            string ms = buffer.Identifier.ValueText;
            List<ObjectCreationExpressionSyntax> streams = Creations(model, method, "System.Security.Cryptography.CryptoStream", cancellationToken);
            if (streams.Count != 1 || streams[0].ArgumentList is not { Arguments.Count: > 0 } streamArguments
                || streamArguments.Arguments[0].Expression is not IdentifierNameSyntax { Identifier.ValueText: var streamTarget } || streamTarget != ms
                || streams[0].FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } streamStatement
                || streamStatement.SpanStart < ivStatement.SpanStart
                || !method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray", Expression: IdentifierNameSyntax { } source } && source.Identifier.ValueText == ms))
            {
                return false;
            }

            string alg = algorithm.ToString();
            StatementSyntax generate = Statement(alg + ".GenerateIV();", ivStatement);
            StatementSyntax store = Statement(ms + ".Write(" + alg + ".IV, 0, " + alg + ".IV.Length);", streamStatement)
                .WithLeadingTrivia(Comment(streamStatement, "// FinGuard FG3004: a fresh IV per call, stored in front of the ciphertext; the decrypt side reads it back. Re-encrypt values written with the fixed IV first (docs/rules/FG3004.md)."));
            if (isAssignment)
            {
                _edits.Add(editor => editor.ReplaceNode(ivStatement, generate.WithTriviaFrom(ivStatement)));
            }
            else
            {
                _edits.Add(editor =>
                {
                    editor.InsertBefore(ivStatement, generate);
                    editor.ReplaceNode(use, SyntaxFactory.ParseExpression(alg + ".IV").WithTriviaFrom(use));
                });
            }

            _edits.Add(editor => editor.InsertBefore(streamStatement, store));
            return true;
        }

        private bool PlanDecrypt(SemanticModel model, MethodDeclarationSyntax method, ExpressionSyntax use, StatementSyntax ivStatement, CancellationToken cancellationToken)
        {
            // The one input buffer: new MemoryStream(stored), stored a byte[] local or parameter.
            List<ObjectCreationExpressionSyntax> buffers = Creations(model, method, "System.IO.MemoryStream", cancellationToken);
            if (buffers.Count != 1 || buffers[0].ArgumentList is not { Arguments.Count: 1 } arguments
                || arguments.Arguments[0].Expression is not IdentifierNameSyntax stored
                || model.GetTypeInfo(stored, cancellationToken).Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
                || model.GetSymbolInfo(stored, cancellationToken).Symbol is not (ILocalSymbol or IParameterSymbol))
            {
                return false;
            }

            string name = stored.Identifier.ValueText;
            bool hasSystem = model.LookupNamespacesAndTypes(use.SpanStart, name: "MemoryExtensions").Any(symbol => symbol.ToDisplayString() == "System.MemoryExtensions");
            string iv = hasSystem
                ? name + ".AsSpan(0, " + AesIvSize + ").ToArray()"
                : "global::System.MemoryExtensions.AsSpan(" + name + ", 0, " + AesIvSize + ").ToArray()";
            ObjectCreationExpressionSyntax creation = buffers[0];
            _edits.Add(editor =>
            {
                editor.ReplaceNode(use, SyntaxFactory.ParseExpression(iv).WithTriviaFrom(use));
                editor.ReplaceNode(
                    creation,
                    creation.WithArgumentList(SyntaxFactory.ParseArgumentList("(" + name + ", " + AesIvSize + ", " + name + ".Length - " + AesIvSize + ")")));
            });
            return true;
        }

        private static bool Calls(MethodDeclarationSyntax method, string name)
            => method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == name);

        private static List<ObjectCreationExpressionSyntax> Creations(SemanticModel model, MethodDeclarationSyntax method, string type, CancellationToken cancellationToken)
        {
            var found = new List<ObjectCreationExpressionSyntax>();
            foreach (ObjectCreationExpressionSyntax creation in method.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                if (model.GetTypeInfo(creation, cancellationToken).Type?.ToDisplayString() == type)
                {
                    found.Add(creation);
                }
            }

            return found;
        }

        private static StatementSyntax Statement(string text, StatementSyntax anchor)
            => SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(Indentation(anchor))
                .WithTrailingTrivia(EndOfLine(anchor))
                .WithAdditionalAnnotations(Formatter.Annotation);

        private static SyntaxTriviaList Comment(StatementSyntax anchor, string comment)
            => Indentation(anchor).Add(SyntaxFactory.Comment(comment)).Add(EndOfLine(anchor)).AddRange(Indentation(anchor));

        // The line ending the file already uses (the anchor statement's own), so the fix never mixes CRLF and LF.
        private static SyntaxTrivia EndOfLine(StatementSyntax anchor)
        {
            foreach (SyntaxTrivia trivia in anchor.GetLastToken().TrailingTrivia)
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        private static SyntaxTriviaList Indentation(StatementSyntax anchor)
        {
            SyntaxTriviaList leading = anchor.GetLeadingTrivia();
            return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                : SyntaxFactory.TriviaList();
        }
    }
}
