"""The notebook's ConvNet in PyTorch on CPU: the speed peer for signsnet's training
benchmark (same model, same data, same batch size). Exact TF1 initial weights
(Philox + xavier), exact numpy minibatch permutations, TF-style Adam.
It prints the notebook's cost lines and both accuracies, then one JSON line with its training time.
usage: python3 scripts/pytorch_notebook.py data/signs [epochs] [fc_op_seed]   (Debian: python3-torch python3-h5py)
docs/performance.md times it against signsnet train."""
import sys, time, math, json
import numpy as np, h5py, torch, torch.nn.functional as F

M = 0xFFFFFFFF
def philox_block(ctr, key):
    c = list(ctr); k = list(key)
    for _ in range(10):
        p0 = 0xD2511F53 * c[0]; p1 = 0xCD9E8D57 * c[2]
        c = [(p1 >> 32) ^ c[1] ^ k[0], p1 & M, (p0 >> 32) ^ c[3] ^ k[1], p0 & M]
        k = [(k[0] + 0x9E3779B9) & M, (k[1] + 0xBB67AE85) & M]
    return c
def tf_uniform(n, seed, seed2):
    key = [seed & M, (seed >> 32) & M]; out = []; i = 0
    while len(out) < n:
        for x in philox_block([i & M, (i >> 32) & M, seed2 & M, (seed2 >> 32) & M], key):
            out.append(np.uint32((x & 0x7fffff) | (127 << 23)).view(np.float32) - np.float32(1))
        i += 1
    return np.array(out[:n], dtype=np.float32)
def tf_xavier(shape, seed, seed2):
    rf = int(np.prod(shape[:-2])); fi, fo = shape[-2] * rf, shape[-1] * rf
    lim = math.sqrt(3.0 / ((fi + fo) / 2.0)); mn, mx = np.float32(-lim), np.float32(lim)
    return (tf_uniform(int(np.prod(shape)), seed, seed2) * (mx - mn) + mn).reshape(shape)

def forward(X, W1, W2, W3, b3):  # X: NHWC
    x = X.permute(0, 3, 1, 2)
    x = F.pad(x, (1, 2, 1, 2)); x = F.max_pool2d(F.relu(F.conv2d(x, W1)), 8, 8)
    x = F.pad(x, (0, 1, 0, 1)); x = F.max_pool2d(F.relu(F.conv2d(x, W2)), 4, 4)
    return x.permute(0, 2, 3, 1).reshape(x.shape[0], -1) @ W3 + b3

def main():
    d = sys.argv[1]; epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    op_seed = int(sys.argv[3]) if len(sys.argv) > 3 else 45
    torch.set_num_threads(2)
    tr = h5py.File(d + '/train_signs.h5', 'r'); te = h5py.File(d + '/test_signs.h5', 'r')
    Xtr = tr['train_set_x'][:] / 255.; ytr = tr['train_set_y'][:]
    Xte = te['test_set_x'][:] / 255.; yte = te['test_set_y'][:]
    Ytr = np.eye(6)[ytr]
    hwio = lambda a: torch.tensor(a).permute(3, 2, 0, 1).contiguous().requires_grad_()
    W1 = hwio(tf_xavier([4, 4, 3, 8], 1, 0)); W2 = hwio(tf_xavier([2, 2, 8, 16], 1, 0))
    W3 = torch.tensor(tf_xavier([64, 6], 1, op_seed)).requires_grad_(); b3 = torch.zeros(6, requires_grad=True)
    params = [W1, W2, W3, b3]
    opt = torch.optim.Adam(params, lr=0.009, betas=(0.9, 0.999), eps=1e-8)
    m = Xtr.shape[0]; seed = 3; costs = []; t0 = time.time()
    Xt = torch.tensor(Xtr, dtype=torch.float32); Yt = torch.tensor(Ytr, dtype=torch.float32)
    for epoch in range(epochs):
        seed += 1; np.random.seed(seed); perm = np.random.permutation(m)
        n_full = m // 64; ep_cost = 0.0
        for k in range(n_full + (1 if m % 64 else 0)):
            idx = perm[k * 64:(k + 1) * 64]
            opt.zero_grad(); z = forward(Xt[idx], *params)
            loss = -(Yt[idx] * F.log_softmax(z, 1)).sum(1).mean(); loss.backward(); opt.step()
            ep_cost += loss.item() / n_full
        costs.append(ep_cost)
        if epoch % 5 == 0: print("Cost after epoch %i: %f" % (epoch, ep_cost))
    el = time.time() - t0
    with torch.no_grad():
        acc = lambda X, y: float((forward(torch.tensor(X, dtype=torch.float32), *params).argmax(1).numpy() == y).mean())
        tra, tea = acc(Xtr, ytr), acc(Xte, yte)
    print("Train Accuracy:", tra); print("Test Accuracy:", tea)
    print(json.dumps({"seconds": round(el, 2), "s_per_epoch": round(el / epochs, 4), "train_acc": tra, "test_acc": tea,
                      "cost0": costs[0], "cost_last": costs[-1]}))
main()
