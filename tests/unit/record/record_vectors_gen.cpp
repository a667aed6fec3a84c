// Writes the published record vectors. Run it only when the record format deliberately
// changes (and bump the format version): tst_recordvectors fails while the committed files
// differ from what the code produces.
//   record_vectors_gen [OUTPUT_DIR]   (default: the source tree's tests/data/record-vectors)

#include "recordvectorbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString outDir
        = args.size() > 1 ? args[1] : QStringLiteral(HEARTH_TEST_DATA_DIR "/record-vectors");
    QTextStream err(stderr);

    auto files = hearth::test::RecordVectorBuilder(QStringLiteral(HEARTH_TEST_DATA_DIR)).build();
    if (!files) {
        err << "record_vectors_gen: " << files.error() << Qt::endl;
        return 1;
    }
    QDir().mkpath(outDir);
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        QSaveFile file(QDir(outDir).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit()) {
            err << "record_vectors_gen: cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "wrote " << file.fileName() << Qt::endl;
    }
    return 0;
}
