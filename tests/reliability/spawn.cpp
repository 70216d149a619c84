#include "spawn.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace brochure::testing {

pid_t spawnBrochure(const std::vector<std::string>& args, const std::function<void()>& inChild,
                    const std::string& errorFile) {
    std::vector<std::string> argv = {BROCHURE_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (auto& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    pid_t pid = ::fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_RDWR);
        int error = errorFile.empty() ? null : ::open(errorFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(null, 1);
        ::dup2(error, 2);
        if (::chdir(BROCHURE_SOURCE_DIR) != 0) ::_exit(126);
        if (inChild) inChild();
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    return pid;
}

ChildEnd waitChild(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) return {-1, WTERMSIG(status)};
    return {WEXITSTATUS(status), 0};
}

}  // namespace brochure::testing
