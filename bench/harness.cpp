// Verilator harness for `mgdsim bench`: clocks the exported MgdTrainer (`top`) for N cycles
// from reset, as RtlTrainer and FastTrainer count them (the reset edge is cycle 1), times the
// clock loop only, then reads the step count and every theta through the read-out port so
// the Rust side can check the Verilog ran the same training as the model.
// Usage: Vtop CYCLES N_PARAMS
#include "Vtop.h"
#include "verilated.h"
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CYCLES N_PARAMS\n", argv[0]);
        return 2;
    }
    const uint64_t n = std::strtoull(argv[1], nullptr, 10);
    const int p = std::atoi(argv[2]);
    VerilatedContext ctx;
    Vtop* top = new Vtop{&ctx};
    top->stream_select = 0;
    top->sample_valid = 0;
    top->read_addr = 0;
    top->read_clock = 0;
    top->clock = 0;
    top->reset = 1;
    top->eval();
    top->clock = 1;  // cycle 1: the reset edge
    top->eval();
    top->clock = 0;
    top->reset = 0;
    top->eval();
    const auto t0 = std::chrono::steady_clock::now();
    for (uint64_t i = 1; i < n; ++i) {
        top->clock = 1;
        top->eval();
        top->clock = 0;
        top->eval();
    }
    const auto t1 = std::chrono::steady_clock::now();
    const double secs = std::chrono::duration<double>(t1 - t0).count();
    std::printf("cycles %llu\nseconds %.9f\nsteps %u\n", (unsigned long long)n, secs,
                (unsigned)top->steps);
    for (int i = 0; i < p; ++i) {
        top->read_addr = i;
        top->read_clock = 1;  // the read-out port's own clock: the chip does not move
        top->eval();
        top->read_clock = 0;
        top->eval();
        std::printf("theta %d\n", (int)(int16_t)top->read_theta);
    }
    top->final();
    delete top;
    return 0;
}
