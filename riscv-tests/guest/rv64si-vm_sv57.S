# rv64si-vm_sv57: Sv57 address translation (5 levels), the body is env/vm_walk.h
# (shared by rv64si-vm_sv39/sv48/sv57). M builds the page tables at run time
# (env/vm.h: vm_map), then runs S/U code with satp on:
#   satp reads back MODE | root PPN.
#   The code is identity-mapped by a 1 GiB superpage (S), and by a U alias
#   1 GiB page at 0x40000000 (U code runs there); S code also runs through
#   the sign-extended VA 0xffffffffc0000000.
#   Loads/stores through a 4 KiB page at 0x123456000 (3-5 level walk), a
#   2 MiB page, 1 GiB pages (incl. the top, negative one), a 512 GiB page
#   (Sv48/57) and a 256 TiB page (Sv57), each reaching the same data.
#   Page faults (13 load, 15 store/AMO, 12 fetch) with mtval = the VA:
#   non-canonical addresses (bits 63:56 not all equal), misaligned
#   superpages at every superpage level (PPN bits below the level not zero),
#   an invalid PTE (load, store, AMO, fetch: mepc = mtval = target), a
#   pointer PTE (V only) at level 0. A faulting load does not write rd.
#   M mode is not translated.
#define VM_LEVELS 5
#include "vm_walk.h"
