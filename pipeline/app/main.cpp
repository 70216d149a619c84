// Placeholder entry point; the Poco::Util application is being written.
#include <cstdio>
int main() { std::puts("brochure " BROCHURE_VERSION); return 0; }
