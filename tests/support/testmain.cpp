// The main() of every test binary: one application object for the whole run.
#include <gtest/gtest.h>

#if defined(MARQUEE_TEST_GUI)
#include <QtWidgets/QApplication>
using TestApplication = QApplication;
#elif defined(MARQUEE_TEST_GUIAPP)
#include <QtGui/QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QtCore/QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(MARQUEE_TEST_GUI) || defined(MARQUEE_TEST_GUIAPP)
    // gtest_discover_tests and hand runs may lack ctest's environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
