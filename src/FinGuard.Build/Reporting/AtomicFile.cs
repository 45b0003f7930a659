using System.IO;
using System.Text;

namespace FinGuard.Build.Reporting
{
    /// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees half a report.</summary>
    internal static class AtomicFile
    {
        public static void WriteAllText(string path, string content)
        {
            string? directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            string temp = path + ".tmp";
            File.WriteAllText(temp, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (File.Exists(path))
            {
                File.Replace(temp, path, null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
    }
}
