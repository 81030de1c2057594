"""The tutorial's training loop, kept in the tutorial's own style: bit strings in a dict, one np.dot
per time step on 1 x N arrays, updates summed over the bits and added once per sample.

It is the baseline of the benchmark and the oracle of the tests: rnnsub must reproduce it exactly.
`cell="notebook"` is the forward step as the seed notebook writes it; "elman" is the revised one.
"""

import copy

import numpy as np


def sigmoid(x):
    output = 1.0 / (1 + np.exp(-x))
    return output


def sigmoid_derivative(output):
    return output * (1.0 - output)


def tutorial_train(iterations=10000, seed=0, cell="elman", b_range="full", binary_dim=8, hidden_dim=16,
                   learning_rate=0.9, log_every=None):
    """Returns (synapse_0, synapse_h, synapse_1, log) where log holds (j, error, pred, true, a, b) every log_every."""
    with np.errstate(over="ignore"):  # the notebook cell overflows exp; σ saturates as it should
        return _train(iterations, seed, cell, b_range, binary_dim, hidden_dim, learning_rate, log_every)


def _train(iterations, seed, cell, b_range, binary_dim, hidden_dim, learning_rate, log_every):
    np.random.seed(seed)
    int2binary = {}
    largest_number = np.power(2, binary_dim)
    for i in range(largest_number):
        int2binary[i] = bin(i)[2:].zfill(binary_dim)
    input_dim, output_dim = 2, 1

    synapse_0 = (2 * np.random.random((input_dim, hidden_dim)) - 1) * 0.05
    synapse_1 = (2 * np.random.random((hidden_dim, output_dim)) - 1) * 0.05
    synapse_h = (2 * np.random.random((hidden_dim, hidden_dim)) - 1) * 0.05
    synapse_0_update = np.zeros_like(synapse_0)
    synapse_1_update = np.zeros_like(synapse_1)
    synapse_h_update = np.zeros_like(synapse_h)
    log = []

    for j in range(iterations):
        a_int = np.random.randint(largest_number)
        b_int = np.random.randint(largest_number // 2 if b_range == "half" else largest_number)
        if a_int < b_int:
            t = b_int
            b_int = a_int
            a_int = t
        a = int2binary[a_int]
        b = int2binary[b_int]
        c = int2binary[a_int - b_int]
        d = np.zeros_like(np.arange(binary_dim))
        overallError = 0
        layer_2_deltas = list()
        layer_1_values = list()
        layer_1_values.append(np.ones(hidden_dim) * 0.1)

        for position in range(binary_dim):
            x = np.array([[int(a[binary_dim - position - 1]), int(b[binary_dim - position - 1])]])
            y = np.array([[int(c[binary_dim - position - 1])]])
            if cell == "notebook":
                layer_1 = sigmoid(np.dot(x, synapse_0)) + np.dot(layer_1_values[-1], synapse_h)
            else:
                layer_1 = sigmoid(np.dot(x, synapse_0) + np.dot(layer_1_values[-1], synapse_h))
            layer_2 = sigmoid(np.dot(layer_1, synapse_1))
            layer_2_error = y - layer_2
            layer_2_deltas.append(layer_2_error * sigmoid_derivative(layer_2))
            overallError += np.abs(layer_2_error[0])
            d[binary_dim - position - 1] = np.round(layer_2[0][0])
            layer_1_values.append(copy.deepcopy(layer_1))

        future_layer_1_delta = np.zeros(hidden_dim)
        for position in range(binary_dim):
            x = np.array([[int(a[position]), int(b[position])]])
            layer_1 = layer_1_values[-position - 1]
            pre_layer_1 = layer_1_values[-position - 2]
            layer_2_delta = layer_2_deltas[-position - 1]
            layer_1_delta = (np.dot(future_layer_1_delta, synapse_h.T)
                             + np.dot(layer_2_delta, synapse_1.T)) * sigmoid_derivative(layer_1)
            synapse_1_update += np.atleast_2d(layer_1).T.dot(layer_2_delta)
            synapse_h_update += np.atleast_2d(pre_layer_1).T.dot(layer_1_delta)
            synapse_0_update += x.T.dot(layer_1_delta)
            future_layer_1_delta = layer_1_delta

        synapse_0 += synapse_0_update * learning_rate
        synapse_1 += synapse_1_update * learning_rate
        synapse_h += synapse_h_update * learning_rate
        synapse_0_update *= 0
        synapse_1_update *= 0
        synapse_h_update *= 0

        if log_every and j % log_every == 0:
            log.append((j, overallError, d.copy(), c, a_int, b_int))
    return synapse_0, synapse_h, synapse_1, log
