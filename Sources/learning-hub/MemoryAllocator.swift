#if canImport(CMimalloc)
import CMimalloc
#endif

/// The process's memory allocator.
///
/// On Linux the command links mimalloc, which takes the place of glibc's malloc for every library
/// in the process: a build makes and frees millions of small strings and arrays on every core,
/// where glibc's allocator spent about a tenth of the CPU time.
enum MemoryAllocator {
    /// Keeps freed memory for reuse instead of handing it back to the system, for a command that
    /// builds once and exits (`build`, `check`): memory returned and asked for again costs a page
    /// fault for every page. `serve` runs for hours and keeps the default, which returns it.
    static func keepFreedMemory() {
        #if canImport(CMimalloc)
        mi_option_set(mi_option_allow_decommit, 0)
        #endif
    }
}
