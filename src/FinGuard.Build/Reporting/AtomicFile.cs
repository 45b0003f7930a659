using System.IO;
using System.Text;

namespace FinGuard.Build.Reporting;

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

        // A unique temporary name: multi-targeted builds may write the same report in parallel.
        string temp = path + "." + System.Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        File.WriteAllText(temp, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            if (File.Exists(path))
            {
                File.Replace(temp, path, null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        catch (IOException) when (File.Exists(temp))
        {
            // Another node wrote the same file at the same moment: theirs is as current as ours.
            File.Delete(temp);
        }
    }
}
